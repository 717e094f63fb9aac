import { z } from 'zod';

/**
 * List rows (`HeldMessages`) of one account and day: the worker reads their whole text from the device
 * itself (lib/history/search-texts.ts) and puts it in place of what the documents `docs` (parallel to
 * `rowIds`) were put with. The page never reads those messages for search.
 */
export const heldTextSchema = z.object({
  account: z.string(),
  bucket: z.number(),
  rowIds: z.array(z.string()),
  docs: z.instanceof(Uint32Array),
});
export type HeldText = z.infer<typeof heldTextSchema>;

/** What the page asks the search worker (text-search.worker.ts), checked on arrival like any boundary. */
export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('put'),
    ids: z.instanceof(Uint32Array),
    texts: z.array(z.string()),
    held: z.array(heldTextSchema),
  }),
  z.object({ type: z.literal('search'), request: z.number(), terms: z.array(z.string()) }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

export const textIndexStatsSchema = z.object({
  documents: z.number(),
  characters: z.number(),
  buildMs: z.number(),
  words: z.number(),
});

export const workerAnswerSchema = z.object({
  type: z.literal('result'),
  request: z.number(),
  /** The matching document ids, ascending. */
  hits: z.instanceof(Uint32Array),
  /** Time the worker took to answer, in ms. */
  searchMs: z.number(),
  stats: textIndexStatsSchema,
  /** Documents whose messages the worker is still reading from the device: not searched inside yet. */
  heldPending: z.number(),
});
export type WorkerAnswer = z.infer<typeof workerAnswerSchema>;

/** What the search worker says: an answer, or that the list rows' text it was reading is all in. */
export const workerMessageSchema = z.discriminatedUnion('type', [
  workerAnswerSchema,
  z.object({ type: z.literal('held-read') }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
