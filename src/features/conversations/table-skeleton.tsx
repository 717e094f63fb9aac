import { ROW_HEIGHT } from './table-metrics';

const SKELETON_ROWS = 14;

/**
 * Grey bars where rows will be, while nothing has loaded yet; hidden from assistive technology. They stay
 * still: a pulse draws 60 frames a second for as long as they show (seconds on a cold load), and on a
 * machine without a GPU that drawing took CPU the load needs (see vendor-status-strip.tsx).
 */
export function TableSkeleton({ columns }: { columns: number }) {
  return (
    <tbody aria-hidden="true">
      {Array.from({ length: SKELETON_ROWS }, (_, rowIndex) => (
        <tr key={rowIndex} style={{ height: ROW_HEIGHT }}>
          {Array.from({ length: columns }, (_, cellIndex) => (
            <td key={cellIndex} className="border-b border-slate-100 px-3">
              <div
                className="h-3 rounded bg-slate-200/70"
                style={{ width: `${45 + ((rowIndex * 7 + cellIndex * 13) % 45)}%` }}
              />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
