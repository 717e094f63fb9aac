import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { ProductName } from '../components/product-name';
import { endSessionOnSignOutElsewhere } from '../lib/clear-device-data';
import { currentUserQuery } from '../lib/current-user';
import { useSessionEndedHere } from '../lib/session-ended';

/**
 * Once the session has ended (signed out in another tab, or expired on the server), the page says so in
 * place of every view: no conversation stays on screen, and there is no vendor error with a Retry that
 * cannot work.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const endedHere = useSessionEndedHere();
  const me = useQuery(currentUserQuery);
  useEffect(() => endSessionOnSignOutElsewhere(queryClient), [queryClient]);
  if (endedHere || (me.data !== undefined && 'sessionEnded' in me.data)) return <SessionEndedPage />;
  return children;
}

function SessionEndedPage() {
  // Loading the page again goes through the server's sign-in, back to this same view.
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <ProductName className="mb-6 justify-center" />
      <h1 className="text-xl font-semibold">You are signed out</h1>
      <p className="mt-2 text-slate-600">
        You signed out in another tab, or your session ended. Sign in again to see your team’s conversations.
      </p>
      <a
        className="mt-4 inline-block rounded-md bg-indigo-600 px-3 py-1.5 font-medium text-white hover:bg-indigo-700"
        href={here}
      >
        Sign in again
      </a>
    </main>
  );
}
