import { ChevronRightIcon } from '../../components/icons';

/**
 * The vendor's own payload(s) behind the conversation, as pretty JSON text, for the lead who needs to
 * check what the vendor actually sent. Closed by default; rendered as text, never as markup.
 */
export function RawPayload({
  payloads,
}: {
  payloads: ReadonlyArray<{ title: string; value: unknown; pending?: boolean }>;
}) {
  return (
    <details className="group rounded-lg border border-slate-200 bg-white">
      <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-3 py-2 text-sm font-medium text-slate-700 select-none hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 [&::-webkit-details-marker]:hidden">
        <ChevronRightIcon className="size-4 text-slate-400 transition-transform group-open:rotate-90" />
        View raw
      </summary>
      <div className="flex flex-col gap-3 border-t border-slate-200 p-3">
        {payloads.map((payload) => (
          <section key={payload.title}>
            {payloads.length > 1 && (
              <h4 className="mb-1 text-xs font-semibold text-slate-500">{payload.title}</h4>
            )}
            <pre className="max-h-96 overflow-auto rounded-md bg-slate-50 p-3 font-mono text-xs leading-relaxed whitespace-pre text-slate-800">
              {payload.pending ? 'Reading the payload kept on this device…' : prettyJson(payload.value)}
            </pre>
          </section>
        ))}
      </div>
    </details>
  );
}

function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
