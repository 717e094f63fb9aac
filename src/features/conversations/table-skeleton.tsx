import { ROW_HEIGHT } from './table-metrics';

const SKELETON_ROWS = 14;

/** Grey bars where rows will be, while nothing has loaded yet; hidden from assistive technology. */
export function TableSkeleton({ columns }: { columns: number }) {
  return (
    <tbody aria-hidden="true">
      {Array.from({ length: SKELETON_ROWS }, (_, rowIndex) => (
        <tr key={rowIndex} style={{ height: ROW_HEIGHT }}>
          {Array.from({ length: columns }, (_, cellIndex) => (
            <td key={cellIndex} className="border-b border-slate-100 px-3">
              <div
                className="h-3 animate-pulse rounded bg-slate-200/70"
                style={{ width: `${45 + ((rowIndex * 7 + cellIndex * 13) % 45)}%` }}
              />
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
