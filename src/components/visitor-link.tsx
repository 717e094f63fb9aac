import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { visitorPath, visitorRefOf } from '../lib/visitor-path';
import type { Conversation } from '../model/conversation';

const linkStyle =
  'rounded-sm underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600';

/**
 * A visitor's name, e-mail or id as a link to their page (`/visitors/{e-mail}`, or `{vendor}:{visitor id}`
 * when they left no address): a real link, so Tab, Enter and "open in a new tab" work. Plain text when the
 * conversation names no way to find the visitor again.
 */
export function VisitorLink({
  conversation,
  children,
  className = '',
  tabIndex,
}: {
  conversation: Pick<Conversation, 'vendor' | 'visitor'>;
  children: ReactNode;
  className?: string;
  tabIndex?: number;
}) {
  const ref = visitorRefOf(conversation);
  if (ref === null) return <span className={className}>{children}</span>;
  const whose = ref.kind === 'email' ? ref.email : `visitor ${ref.visitorId}`;
  return (
    <Link
      to={visitorPath(ref)}
      tabIndex={tabIndex}
      title={`Every conversation with ${whose}`}
      className={`${linkStyle} ${className}`}
    >
      {children}
    </Link>
  );
}
