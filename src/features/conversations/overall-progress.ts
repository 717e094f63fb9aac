import type { LoadProgress } from '../../lib/progress-store';
import type { VendorId } from '../../model/conversation';

type VendorState = { vendor: VendorId; state: 'loading' | 'error' | 'ready' };

/**
 * How far the whole view's load is, 0..1: each vendor weighs the same; a settled one (loaded or failed)
 * counts whole, a loading one by its pages done when it reports them (LiveChat's many pages), else not at
 * all. Null when nothing is loading.
 */
export function overallProgress(
  vendors: ReadonlyArray<VendorState>,
  pages: ReadonlyMap<VendorId, LoadProgress>,
): { fraction: number; settled: number; total: number } | null {
  if (!vendors.some((vendor) => vendor.state === 'loading')) return null;
  let sum = 0;
  let settled = 0;
  for (const vendor of vendors) {
    if (vendor.state !== 'loading') {
      sum += 1;
      settled += 1;
      continue;
    }
    const progress = pages.get(vendor.vendor);
    if (progress && progress.total > 0) sum += Math.min(progress.done / progress.total, 1);
  }
  return { fraction: sum / vendors.length, settled, total: vendors.length };
}
