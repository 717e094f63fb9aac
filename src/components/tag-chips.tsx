/**
 * Tags as chips on one line: as many as `max`, then "+n". Table rows have a fixed height, so chips never
 * wrap; the full list is in the tooltip.
 */
export function TagChips({ tags, max = 2 }: { tags: ReadonlyArray<string>; max?: number }) {
  if (tags.length === 0) return <span className="text-slate-500">–</span>;
  const shown = tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <span className="flex min-w-0 items-center gap-1 overflow-hidden" title={tags.join(', ')}>
      {shown.map((tag) => (
        <span
          key={tag}
          className="max-w-[7.5rem] truncate rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 ring-1 ring-inset ring-slate-200"
        >
          {tag}
        </span>
      ))}
      {hidden > 0 && <span className="shrink-0 text-xs text-slate-500">+{hidden}</span>}
    </span>
  );
}
