import { hashKey, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserQuery, recheckSession } from '../lib/current-user';
import { isVendorError } from '../lib/vendor-error';

const meHash = hashKey(currentUserQuery.queryKey);

export function createQueryClient(): QueryClient {
  const queryCache = new QueryCache({
    // Any load that fails (not the question of who is signed in itself) may mean the session ended.
    onError: (_error, query) => {
      if (query.queryHash !== meHash) void recheckSession(client);
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
