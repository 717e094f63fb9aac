import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-600">This address does not belong to Backscroll.</p>
      <Link className="mt-4 inline-block text-indigo-700 underline" to="/">
        Back to conversations
      </Link>
    </main>
  );
}
