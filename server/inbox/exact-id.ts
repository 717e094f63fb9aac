import { isLosslessNumber, parse } from 'lossless-json';

export type ExactId = { id: string; fromNumber: boolean };

/**
 * The case's `id` exactly as it was written in the body: a string's own text, or a number's digits as
 * sent, read from the JSON text by a lossless parser (lossless-json), never through a JavaScript number.
 * So `4.242e3` stays `4.242e3` instead of becoming `4242`, and ids above 2^53 do not collide. (Node 20's
 * JSON.parse reviver has no access to the source text.) A number id and a string id with the same text
 * (`4242` and `"4242"`) name the same case: the id is the text SnapEngage wrote.
 */
export function exactIdOf(raw: string): { ok: true; value: ExactId } | { ok: false; message: string } {
  let document: unknown;
  try {
    document = parse(raw);
  } catch (error) {
    return {
      ok: false,
      message: `Body is not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return { ok: false, message: 'The body must be one case: a JSON object.' };
  }
  const id: unknown = (document as Record<string, unknown>).id;
  if (isLosslessNumber(id)) return { ok: true, value: { id: id.value, fromNumber: true } };
  if (typeof id === 'string') {
    if (id.trim() === '') return { ok: false, message: 'The case has no `id` (it is empty).' };
    return { ok: true, value: { id, fromNumber: false } };
  }
  return { ok: false, message: 'The case has no `id`: SnapEngage sends one with every case.' };
}
