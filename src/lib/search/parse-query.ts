import { foldForSearch } from './fold';
import { FIELD_SEPARATOR } from './searchable-text';

/**
 * A search as typed, read into the folded strings that must all appear: each word on its own, and each
 * "quoted phrase" whole. A quote left open (still being typed) runs to the end.
 */
export type SearchQuery = {
  /** Folded, non-empty, without duplicates; longest first (the longest is usually the rarest). */
  terms: ReadonlyArray<string>;
};

const WHITESPACE = /\s+/u;

export function parseSearchQuery(text: string): SearchQuery {
  const raw: string[] = [];
  // NUL separates fields in the searched text (searchable-text.ts): a term never holds one.
  const parts = text.replaceAll(FIELD_SEPARATOR, ' ').split('"');
  parts.forEach((part, i) => {
    // Odd parts sit between quotes: phrases. Even parts are loose words.
    if (i % 2 === 1) {
      const phrase = part.trim().split(WHITESPACE).join(' ');
      if (phrase !== '') raw.push(phrase);
    } else {
      for (const word of part.split(WHITESPACE)) if (word !== '') raw.push(word);
    }
  });
  const terms = [...new Set(raw.map((term) => foldForSearch(term)))].filter((term) => term.trim() !== '');
  terms.sort((a, b) => b.length - a.length);
  return { terms };
}

/** A stable name for a query's terms (as a cache or message key). */
export function queryKey(query: SearchQuery): string {
  return JSON.stringify(query.terms);
}

/**
 * Whether every document matching `next` also matches `previous`: each of the previous terms is inside
 * one of the next ones (typing on: "refu" → "refund", "double" → "double charge").
 */
export function narrows(previous: SearchQuery, next: SearchQuery): boolean {
  if (previous.terms.length === 0) return false;
  return previous.terms.every((old) => next.terms.some((term) => term.includes(old)));
}
