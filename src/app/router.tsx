import { createBrowserRouter } from 'react-router';
import { ConversationsRoute } from './conversations-route';
import { ActivityPage } from '../features/activity/activity-page';
import { NotFoundPage } from './not-found-page';
import { VisitorRoute } from './visitor-route';

/**
 * `/` lists conversations; `/conversations/:vendor/:id` is the same page with that transcript open, so the
 * list keeps its filters, scroll and data while a lead reads. Query parameters carry every filter.
 */
export const router = createBrowserRouter([
  { path: '/', element: <ConversationsRoute /> },
  { path: '/conversations/:vendor/:id', element: <ConversationsRoute /> },
  // The overview's charts (ECharts) load only when it is opened, so the list's bundle stays as it was.
  {
    path: '/overview',
    lazy: async () => ({ Component: (await import('./overview-route')).OverviewRoute }),
  },
  // One visitor's conversations with every vendor, over all time (src/lib/visitor-path.ts), and one open.
  { path: '/visitors/:visitor', element: <VisitorRoute /> },
  { path: '/visitors/:visitor/:vendor/:id', element: <VisitorRoute /> },
  // The audit trail, for administrators (server/audit).
  { path: '/activity', element: <ActivityPage /> },
  { path: '*', element: <NotFoundPage /> },
]);
