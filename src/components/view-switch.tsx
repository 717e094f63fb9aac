import { Link, useLocation } from 'react-router';

const views = [
  { path: '/', label: 'Conversations' },
  { path: '/overview', label: 'Overview' },
] as const;

/**
 * The list and the overview, side by side in the header: switching keeps the link's query (filters,
 * days, timezone), so both show the same conversations.
 */
export function ViewSwitch() {
  const { pathname, search } = useLocation();
  const current = pathname.startsWith('/overview') ? '/overview' : '/';
  return (
    <nav aria-label="Views" className="shrink-0">
      <ul className="flex rounded-md bg-slate-100 p-0.5">
        {views.map((view) => (
          <li key={view.path}>
            <Link
              to={{ pathname: view.path, search }}
              aria-current={view.path === current ? 'page' : undefined}
              className={`block rounded px-2.5 py-1 text-xs font-medium whitespace-nowrap focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 ${
                view.path === current
                  ? 'bg-white text-slate-900 shadow-xs'
                  : 'text-slate-700 hover:text-slate-900'
              }`}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
