/**
 * Reads a response body whole, refusing it (null) as soon as it passes `maxBytes`, and giving up when
 * `aborted` rejects (the attempt's timeout or the call's deadline): a vendor that stalls mid-body gets an
 * error, never a truncated answer passed on as if it were complete.
 */
export async function readLimitedBody(
  response: Response,
  maxBytes: number,
  aborted: Promise<never>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    void response.body?.cancel().catch(() => {});
    return null;
  }
  if (!response.body) return new Uint8Array();
  if (Number.isFinite(declared) && response.headers.has('content-length')) {
    // A declared length within the cap: read it in one go (a stream reader per chunk costs more), still
    // bounded by the deadline; a body longer than it declared is not possible over HTTP.
    const buffer = await Promise.race([response.arrayBuffer(), aborted]);
    return buffer.byteLength > maxBytes ? null : new Uint8Array(buffer);
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), aborted]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => {});
    throw error;
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
