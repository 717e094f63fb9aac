import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { isListRow } from '../../lib/history/whole-rows';
import { wholeRowQuery } from '../../vendors/history/whole-row-query';
import { findSnippet } from '../../lib/search/highlight';
import type { SearchQuery } from '../../lib/search/parse-query';
import type { Conversation } from '../../model/conversation';

/**
 * Why a row matched the search: the first message (or visitor field) containing a searched word, with the
 * words marked. Vendor text is rendered as text, never as HTML.
 */
export function MatchSnippet({ conversation, query }: { conversation: Conversation; query: SearchQuery }) {
  // A list row (what a reload reads of a row) has no messages on the page: its day is read back whole.
  const whole = useQuery(wholeRowQuery(conversation));
  const reading = isListRow(conversation) && whole.data === undefined;
  const shown = whole.data ?? conversation;
  const snippet = useMemo(() => findSnippet(shown, query), [shown, query]);
  if (snippet === null) return reading ? null : <span className="text-slate-400">–</span>;
  const where =
    snippet.field.kind === 'visitor'
      ? `${snippet.field.label}: `
      : snippet.field.kind === 'translation'
        ? `(${snippet.field.language}) `
        : '';
  const full = snippet.parts.map((part) => part.text).join('');
  return (
    <span className="text-slate-600" title={`${where}${snippet.cutBefore ? '…' : ''}${full}`}>
      {where && <span className="text-slate-400">{where}</span>}
      {snippet.cutBefore && '…'}
      {snippet.parts.map((part, i) =>
        part.marked ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}
