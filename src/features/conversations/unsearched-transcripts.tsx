import { formatCount } from './format';

/**
 * ImBox lists conversations without their messages: until a transcript is held (fetched in the
 * background, on open or by an export) a search cannot look inside it, and the list says how many.
 */
export function UnsearchedTranscripts({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p className="text-xs text-amber-700">
      {formatCount(count)} ImBox {count === 1 ? 'transcript' : 'transcripts'} not searched yet
    </p>
  );
}
