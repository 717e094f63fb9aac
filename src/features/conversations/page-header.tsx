import type { ReactNode } from 'react';
import { buttonStyles } from '../../components/button-styles';
import { SignedInAccount } from '../../components/signed-in-account';
import type { ConversationsData } from './use-conversations';
import { HistoryPanel } from './history-panel';
import { VendorStatusStrip } from './vendor-status-strip';
import { ProductName } from '../../components/product-name';

/** The product's name and each vendor's state; and, when the server itself does not answer, that. */
export function PageHeader({
  data,
  extras,
  nav,
}: {
  data: ConversationsData;
  extras?: ReactNode;
  /** The views (list, overview), composed in src/app; placed beside the product's name. */
  nav?: ReactNode;
}) {
  return (
    <>
      {/* On a phone the header may take two lines (name and views, then the panels) rather than scroll sideways. */}
      <header className="flex min-h-12 shrink-0 flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-white px-3 py-1.5 sm:h-12 sm:flex-nowrap sm:px-4 sm:py-0">
        <ProductName heading />
        {nav}
        <VendorStatusStrip vendors={data.vendors} offVendors={data.offVendors} />
        <HistoryPanel vendors={data.vendors} />
        <SignedInAccount />
        {/* Links the app composes in from other features (the activity page). */}
        {extras}
      </header>
      {data.server.state === 'error' && (
        <div
          role="alert"
          className="flex items-center gap-3 border-b border-red-200 bg-red-50 px-4 py-2 text-sm text-red-900"
        >
          <p className="flex-1">
            <span className="font-semibold">Backscroll&apos;s server did not answer.</span>{' '}
            {data.server.error?.message}
          </p>
          <button type="button" className={buttonStyles.secondary} onClick={data.server.refetch}>
            Retry
          </button>
        </div>
      )}
    </>
  );
}
