import { useId, useState, type ReactNode } from 'react';
import { buttonStyles } from '../../components/button-styles';

/**
 * A titled card holding a chart and, one click away, the table of its numbers (the accessible form of
 * the chart, with links where the chart is clickable). The toggle is a real button with aria-expanded.
 */
export function ChartCard({
  title,
  description,
  chart,
  table,
  className = '',
}: {
  title: string;
  description?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
  className?: string;
}) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const tableId = useId();
  return (
    <section
      aria-labelledby={headingId}
      className={`flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-xs ${className}`}
    >
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 id={headingId} className="text-sm font-semibold text-slate-900">
            {title}
          </h2>
          {description && <p className="mt-0.5 text-xs text-slate-600">{description}</p>}
        </div>
        <button
          type="button"
          className={buttonStyles.secondary}
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
        >
          {showTable ? 'Hide table' : 'Show table'}
        </button>
      </div>
      <div className="mt-3">{chart}</div>
      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <div
        id={tableId}
        hidden={!showTable}
        role="region"
        aria-label={`${title}: table`}
        tabIndex={showTable ? 0 : -1}
        className="mt-3 max-h-96 overflow-auto focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        {showTable && table}
      </div>
    </section>
  );
}

/** The tables' shared look: compact, numbers right-aligned and tabular. */
export const tableStyles = {
  table: 'w-full border-collapse text-left text-xs',
  th: 'sticky top-0 border-b border-slate-200 bg-white px-2 py-1.5 font-medium whitespace-nowrap text-slate-600',
  thNumber:
    'sticky top-0 border-b border-slate-200 bg-white px-2 py-1.5 text-right font-medium text-slate-600',
  td: 'border-b border-slate-100 px-2 py-1 whitespace-nowrap text-slate-800',
  tdNumber: 'border-b border-slate-100 px-2 py-1 text-right whitespace-nowrap tabular-nums text-slate-800',
  link: 'text-indigo-700 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-600',
} as const;
