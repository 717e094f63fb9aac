import { hashKey, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserQuery } from '../lib/current-user';
import { isVendorError } from '../lib/vendor-error';

const meHash = hashKey(currentUserQuery.queryKey);

export function createQueryClient(): QueryClient {
  const queryCache = new QueryCache({
    // A load that fails may mean the session ended on the server (it expired, or someone signed out):
    // asking who is signed in again lets the session gate say so instead of a vendor error.
    onError: (_error, query) => {
      if (query.queryHash !== meHash) void client.invalidateQueries({ queryKey: currentUserQuery.queryKey });
    },
  });
  const client = new QueryClient({
    queryCache,
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
  return client;
}
