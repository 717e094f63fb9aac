import { formatCount } from './format';

/**
 * What a search cannot look inside yet, and why. ImBox lists conversations without their messages: until
 * a transcript is held (fetched in the background, on open or by an export) a search cannot look inside
 * it (`notFetched`). A reload gives the list only what it shows of each row; the search worker reads the
 * rows' text, messages and all, from this device a moment after the list (`held`: those not read yet).
 */
export function UnsearchedTranscripts({ notFetched, held }: { notFetched: number; held: number }) {
  if (notFetched === 0 && held === 0) return null;
  return (
    <>
      {notFetched > 0 && (
        <p className="text-xs text-amber-700">
          {formatCount(notFetched)} ImBox {notFetched === 1 ? 'transcript' : 'transcripts'} not searched yet
        </p>
      )}
      {held > 0 && (
        <p className="text-xs text-amber-700">
          {formatCount(held)} {held === 1 ? 'transcript' : 'transcripts'} still being read from this device
        </p>
      )}
    </>
  );
}
