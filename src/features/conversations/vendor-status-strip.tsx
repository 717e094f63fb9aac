import { useDetailsProgress } from '../../lib/history/details-progress';
import { useLoadProgress } from '../../lib/progress-store';
import type { VendorId } from '../../model/conversation';
import { formatCount } from './format';
import { useMediaQuery, WIDE_LAYOUT_QUERY } from './use-media-query';
import type { VendorLoad } from './use-conversations';

const modeLabels = { live: 'Live', demo: 'Demo' } as const;

/**
 * One line per vendor in the header: whether its data is live or demo, and how loading went. Errors are
 * spelled out (with Retry) in the banners below the header; here they are a word and a red dot.
 */
export function VendorStatusStrip({
  vendors,
  offVendors,
}: {
  vendors: ReadonlyArray<VendorLoad>;
  offVendors: ReadonlyArray<{ vendor: VendorId; label: string }>;
}) {
  // On narrow windows the strip scrolls sideways: it is then a Tab stop, so arrow keys can scroll it.
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  return (
    <ul
      aria-label="Vendors"
      tabIndex={wide ? undefined : 0}
      className="flex min-w-0 items-center gap-1.5 overflow-x-auto rounded-md focus-visible:outline-2 focus-visible:outline-indigo-600 text-xs [mask-image:linear-gradient(to_right,black_calc(100%-1.5rem),transparent)] lg:[mask-image:none]"
    >
      {vendors.map((vendor) => (
        <VendorStatusItem key={vendor.vendor} load={vendor} />
      ))}

      {offVendors.map(({ vendor, label }) => (
        <li
          key={vendor}
          title={`${label} is not configured on this server`}
          className="flex shrink-0 items-center gap-1.5 rounded-full px-2 py-1 text-slate-500"
        >
          <span aria-hidden="true" className="size-1.5 rounded-full bg-slate-300" />
          <span>{label}</span>
          <span>Off</span>
        </li>
      ))}
    </ul>
  );
}

/** "2 items LiveChat sent could not be read": they are left out of the list, so say so. */
export function unreadableSentence({ label, unreadable }: Pick<VendorLoad, 'label' | 'unreadable'>): string {
  return `${formatCount(unreadable)} ${unreadable === 1 ? 'item' : 'items'} ${label} sent could not be read`;
}

function VendorStatusItem({ load }: { load: VendorLoad }) {
  const progress = useLoadProgress(load.vendor);
  // The loading dot does not pulse: an animation draws a frame 60 times a second for as long as a load
  // lasts (half a minute on a cold load), and without a GPU that drawing took seconds of the CPU the load
  // needs. The page count beside it moves instead.
  const failed = load.state === 'error' || load.stale;
  const dot = failed ? 'bg-red-500' : load.state === 'loading' ? 'bg-indigo-400' : 'bg-emerald-500';
  let state: string;
  if (load.state === 'error') state = 'Failed';
  else if (load.stale) state = `${formatCount(load.count)} · not refreshed`;
  else if (load.state === 'loading')
    state = progress ? `${formatCount(progress.done)}/${formatCount(progress.total)} pages` : 'Loading…';
  else state = formatCount(load.count);

  return (
    <li
      className={`flex shrink-0 items-center gap-1.5 rounded-full border px-2 py-0.5 ${
        failed ? 'border-red-200 bg-red-50 text-red-800' : 'border-slate-200 bg-white text-slate-700'
      }`}
      title={failed ? (load.error?.message ?? undefined) : undefined}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${dot}`} />
      <span className="font-medium">{load.label}</span>
      <span
        className={`rounded px-1 text-[10px] font-semibold tracking-wide uppercase ${
          load.mode === 'live' ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-100 text-slate-700'
        }`}
      >
        {modeLabels[load.mode]}
      </span>
      <span className="tabular-nums text-slate-500">{state}</span>
      {load.unreadable > 0 && <span className="text-amber-800">{unreadableSentence(load)}</span>}
      <DetailsProgress vendor={load.vendor} />
    </li>
  );
}

/** Background details of a vendor whose list lacks them (issue 9): "ImBox … details 340/742". */
function DetailsProgress({ vendor }: { vendor: VendorId }) {
  const progress = useDetailsProgress(vendor);
  if (progress === null || progress.done >= progress.total) return null;
  return (
    <span className="tabular-nums text-slate-500">
      · details {formatCount(progress.done)}/{formatCount(progress.total)}
    </span>
  );
}
