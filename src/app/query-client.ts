import { QueryClient } from '@tanstack/react-query';
import { isVendorError } from '../lib/vendor-error';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // The proxy already retried the vendor; here retry once, only what a retry can help.
        retry: (failureCount, error) => failureCount < 1 && (!isVendorError(error) || error.retryable),
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
