import { foldWithOrigin } from './fold';
import type { SearchQuery } from './parse-query';
import { searchableFields, type SearchField } from './searchable-text';
import type { Conversation } from '../../model/conversation';

/** A stretch of the original text, [start, end) in UTF-16 units. */
export type TextRange = { start: number; end: number };

/** Every place in `text` where one of the query's terms appears (folded), merged and in order. */
export function matchRanges(text: string, query: SearchQuery): TextRange[] {
  if (query.terms.length === 0 || text === '') return [];
  const { folded, origin } = foldWithOrigin(text);
  const found: TextRange[] = [];
  for (const term of query.terms) {
    let at = folded.indexOf(term);
    while (at !== -1) {
      found.push({ start: origin[at] as number, end: origin[at + term.length] as number });
      at = folded.indexOf(term, at + term.length);
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/** A piece of text to show, marked where it matched. */
export type MarkedPart = { text: string; marked: boolean };

export function markParts(text: string, ranges: ReadonlyArray<TextRange>): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let at = 0;
  for (const range of ranges) {
    if (range.start > at) parts.push({ text: text.slice(at, range.start), marked: false });
    parts.push({ text: text.slice(range.start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}

export type Snippet = {
  field: SearchField;
  /** The text shown: the field, cut to start a little before the first match. */
  parts: MarkedPart[];
  /** The text was cut before its start. */
  cutBefore: boolean;
};

/** How much text to keep before the first match, so it reads in context. */
const CONTEXT_BEFORE = 30;

/**
 * Why a conversation matched: the first message (or, failing that, visitor field) where one of the
 * terms appears, cut to start a little before the match. Null when nothing matches.
 */
export function findSnippet(conversation: Conversation, query: SearchQuery): Snippet | null {
  if (query.terms.length === 0) return null;
  const fields = searchableFields(conversation);
  const ordered = [
    ...fields.filter((field) => field.kind !== 'visitor'),
    ...fields.filter((field) => field.kind === 'visitor'),
  ];
  for (const field of ordered) {
    const ranges = matchRanges(field.text, query);
    const first = ranges[0];
    if (!first) continue;
    let cut = Math.max(0, first.start - CONTEXT_BEFORE);
    // Start at a word where one is near, and never inside a surrogate pair.
    const space = field.text.indexOf(' ', cut);
    if (cut > 0 && space !== -1 && space < first.start) cut = space + 1;
    if (cut > 0 && /[\uDC00-\uDFFF]/.test(field.text.charAt(cut))) cut -= 1;
    const shifted = ranges.map((range) => ({ start: range.start - cut, end: range.end - cut }));
    return { field, parts: markParts(field.text.slice(cut), shifted), cutBefore: cut > 0 };
  }
  return null;
}
