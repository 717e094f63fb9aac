import { buttonStyles } from '../../components/button-styles';
import type { VendorLoad } from './use-conversations';
import { AlertIcon } from '../../components/icons';

/**
 * A failed vendor says so in its own words (the proxy's message names the setting to check) and can be
 * retried on its own; the other vendors' rows stay. So does a refresh that failed, whose vendor's rows
 * stay as they were loaded before.
 */
export function VendorErrorBanners({ vendors }: { vendors: ReadonlyArray<VendorLoad> }) {
  const failed = vendors.filter((vendor) => vendor.state === 'error' || vendor.stale);
  if (failed.length === 0) return null;
  return (
    <div className="flex flex-col gap-px border-b border-red-200 bg-red-200">
      {failed.map((vendor) => (
        <div
          key={vendor.vendor}
          role="alert"
          className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-red-50 px-4 py-2 text-sm text-red-900"
        >
          <AlertIcon className="size-4 shrink-0 text-red-500" />
          <p className="min-w-0 flex-1">
            <span className="font-semibold">
              {vendor.label} could not be {vendor.stale ? 'refreshed' : 'loaded'}.
            </span>{' '}
            {vendor.error?.message ?? 'Something went wrong.'}
            {vendor.stale && ' Its conversations are shown as they were loaded before.'}
          </p>
          <button
            type="button"
            aria-label={`Retry ${vendor.label}`}
            className={`${buttonStyles.secondary} border-red-300 text-red-800 hover:bg-red-100`}
            onClick={vendor.refetch}
          >
            Retry
          </button>
        </div>
      ))}
    </div>
  );
}
