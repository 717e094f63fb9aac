import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { clearDeviceDataOnSignOut } from '../lib/clear-device-data';
import { currentUserQuery } from '../lib/current-user';
import { buttonStyles } from './button-styles';

/**
 * The header's account corner: the signed-in e-mail and a Sign out button. Nothing when this Backscroll
 * has no sign-in (on loopback). Signing out first clears what the browser holds, then posts the form.
 */
export function SignedInAccount() {
  const me = useQuery(currentUserQuery);
  const queryClient = useQueryClient();
  const user = me.data;
  // A session that ended is the session gate's to say (src/app/session-gate.tsx): the page shows it.
  if (!user || 'sessionEnded' in user || user.email === null) return null;

  const signOut = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const action = event.currentTarget.action;
    void clearDeviceDataOnSignOut(queryClient).finally(() => postFromOwnForm(action));
  };

  return (
    <div className="ml-auto flex shrink-0 items-center gap-2 text-sm text-slate-600">
      <span className="max-w-56 truncate" title={user.email}>
        <span className="sr-only">Signed in as </span>
        {user.email}
      </span>
      {user.signOut && (
        <form method="post" action="/auth/logout" onSubmit={signOut}>
          <button type="submit" className={buttonStyles.secondary}>
            Sign out
          </button>
        </form>
      )}
    </div>
  );
}

/**
 * Posts to `action` from a form of its own in the document. Not the button's form: clearing the cache
 * makes the next render of this corner (rows arriving, a search) find no user and unmount that form, and
 * the browser cancels a submit from a form that is no longer in the document, leaving the person signed in.
 */
function postFromOwnForm(action: string): void {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = action;
  form.hidden = true;
  document.body.append(form);
  form.submit();
}
