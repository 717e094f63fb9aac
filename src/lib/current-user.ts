import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod';

/**
 * `GET /api/me`: who is signed in (null when this Backscroll has no sign-in) and whether signing out
 * here means anything (with a signing-in proxy, the proxy holds the session). A 401 means the session
 * ended while the page was open.
 */
export const currentUserSchema = z.object({ email: z.string().nullable(), signOut: z.boolean() });
export type CurrentUser = z.infer<typeof currentUserSchema> | { sessionEnded: true };

export const currentUserQuery = queryOptions({
  queryKey: ['server', 'me'],
  queryFn: async ({ signal }): Promise<CurrentUser> => {
    const response = await fetch('/api/me', { signal, headers: { accept: 'application/json' } });
    if (response.status === 401) return { sessionEnded: true };
    if (!response.ok) throw new Error(`Backscroll's server answered ${response.status}.`);
    return currentUserSchema.parse(await response.json());
  },
  staleTime: 5 * 60_000,
});

/**
 * Asks the server again who is signed in, after something failed that may mean the session ended (it
 * expired, or someone signed out): the session gate then says so instead of the failure.
 */
export function recheckSession(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: currentUserQuery.queryKey });
}
