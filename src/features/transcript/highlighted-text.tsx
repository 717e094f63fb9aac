import { useMemo } from 'react';
import { markParts, matchRanges } from '../../lib/search/highlight';
import type { SearchQuery } from '../../lib/search/parse-query';

/**
 * Text with the searched words marked (<mark data-match>, which the match navigation walks). Rendered as
 * text only: vendor text is never HTML.
 */
export function HighlightedText({ text, query }: { text: string; query: SearchQuery | null }) {
  const parts = useMemo(
    () => (query === null ? null : markParts(text, matchRanges(text, query))),
    [text, query],
  );
  if (parts === null) return text;
  return parts.map((part, i) =>
    part.marked ? (
      <mark
        key={i}
        data-match=""
        className="rounded-sm bg-amber-200 px-0.5 text-slate-900 data-current:bg-orange-400 data-current:ring-2 data-current:ring-orange-600"
      >
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
