import { z } from 'zod';

/** What the page asks the search worker (text-search.worker.ts), checked on arrival like any boundary. */
export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('put'), ids: z.instanceof(Uint32Array), texts: z.array(z.string()) }),
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
});
export type WorkerAnswer = z.infer<typeof workerAnswerSchema>;
