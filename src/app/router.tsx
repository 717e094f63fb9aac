import { createBrowserRouter } from 'react-router';
import { ActivityLink } from '../features/activity/activity-link';
import { ActivityPage } from '../features/activity/activity-page';
import { ConversationsPage } from '../features/conversations/conversations-page';
import { NotFoundPage } from './not-found-page';

/**
 * `/` lists conversations; `/conversations/:vendor/:id` is the same page with that transcript open, so the
 * list keeps its filters, scroll and data while a lead reads. Query parameters carry every filter.
 */
export const router = createBrowserRouter([
  { path: '/', element: <ConversationsPage headerExtras={<ActivityLink />} /> },
  { path: '/conversations/:vendor/:id', element: <ConversationsPage headerExtras={<ActivityLink />} /> },
  // The audit trail, for administrators (server/audit).
  { path: '/activity', element: <ActivityPage /> },
  { path: '*', element: <NotFoundPage /> },
]);
