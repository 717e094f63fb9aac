import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { vendorIdSchema } from '../model/conversation';

/** `GET /api/vendors`: which vendors this server has, and whether each is live, demo or off. */
export const vendorStatusSchema = z.object({
  demo: z.boolean(),
  vendors: z.array(
    z.object({
      id: vendorIdSchema,
      label: z.string(),
      mode: z.enum(['live', 'demo', 'off']),
      capabilities: z.array(z.string()),
      /** The account fingerprint the browser's history of this vendor is kept under; null: keep none. */
      account: z.string().nullable().default(null),
    }),
  ),
});
export type VendorStatus = z.infer<typeof vendorStatusSchema>;

export const vendorStatusQuery = queryOptions({
  queryKey: ['server', 'vendors'],
  queryFn: async ({ signal }): Promise<VendorStatus> => {
    const response = await fetch('/api/vendors', { signal });
    if (!response.ok) throw new Error(`Backscroll's server answered ${response.status}.`);
    return vendorStatusSchema.parse(await response.json());
  },
  staleTime: Infinity,
});
