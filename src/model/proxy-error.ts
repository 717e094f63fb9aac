import { z } from 'zod';
import { vendorIdSchema } from './conversation';

/**
 * The typed JSON error every `/api/*` route answers with when it fails (built by
 * server/proxy/upstream-error.ts, read by the browser's proxy client). Shared by both sides, so it lives
 * in the model.
 */
export const proxyErrorBodySchema = z.object({
  error: z.object({
    vendor: vendorIdSchema.nullable(),
    code: z.string(),
    message: z.string(),
    upstreamStatus: z.number().nullable(),
    retryable: z.boolean(),
  }),
});
export type ProxyErrorBody = z.infer<typeof proxyErrorBodySchema>;
