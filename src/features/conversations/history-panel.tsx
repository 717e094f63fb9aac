import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogTrigger, Popover } from 'react-aria-components';
import { buttonStyles } from '../../components/button-styles';
import { clearDeviceData } from '../../lib/history/clear-device-data';
import { useLoadedAt } from '../../lib/history/load-state';
import { useStorageStatus, type StorageStatus } from '../../lib/history/storage-status';
import { formatLoadedAgo } from './format-loaded-ago';
import type { VendorLoad } from './use-conversations';
import { popoverSurface } from '../../components/popover-styles';

/**
 * "Stored data": when each vendor's rows were last loaded, with Refresh per vendor and for all, where the
 * history is kept (and why not, when the browser refuses), and "Forget data on this device".
 */
export function HistoryPanel({ vendors }: { vendors: ReadonlyArray<VendorLoad> }) {
  const storage = useStorageStatus();
  // React Aria places the panel inside the window (on a phone the button is not at its right edge) and
  // brings Escape, outside click and focus return with it.
  return (
    <DialogTrigger>
      <Button className={`${buttonStyles.ghost} ml-auto shrink-0`}>
        {storage.kind === 'memory' && (
          <span aria-hidden="true" className="size-1.5 rounded-full bg-amber-500" />
        )}
        Stored data
        {/* Said on the button, not only in the panel: a lead who does not open it still learns that a
            reload will load everything from the vendors again. */}
        {storage.kind === 'memory' && <span className="text-amber-800">· not kept</span>}
      </Button>
      <Popover placement="bottom end" offset={4} className={`z-30 w-80 p-3 text-sm ${popoverSurface}`}>
        <Dialog aria-label="Stored data" className="outline-none">
          <HistoryPanelBody vendors={vendors} storage={storage} />
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}

function HistoryPanelBody({
  vendors,
  storage,
}: {
  vendors: ReadonlyArray<VendorLoad>;
  storage: StorageStatus;
}) {
  const now = useNow(30_000);
  const stored = vendors.filter((vendor) => vendor.account !== null);
  return (
    <>
      <ul className="space-y-1.5">
        {stored.map((vendor) => (
          <VendorLoadedRow key={vendor.vendor} vendor={vendor} now={now} />
        ))}
      </ul>
      {stored.length > 1 && (
        <button
          type="button"
          className={`${buttonStyles.secondary} mt-2 w-full`}
          onClick={() => stored.forEach((vendor) => vendor.refresh())}
        >
          Refresh all
        </button>
      )}
      <p className="mt-3 text-xs text-slate-600">{describeStorage(storage)}</p>
      <ForgetButton />
    </>
  );
}

function VendorLoadedRow({ vendor, now }: { vendor: VendorLoad; now: number }) {
  const loadedAt = useLoadedAt(vendor.account);
  return (
    <li className="flex items-center gap-2">
      <span className="flex-1">
        <span className="font-medium text-slate-800">{vendor.label}</span>{' '}
        <span className="text-slate-500">
          {vendor.state === 'loading' ? 'Loading…' : formatLoadedAgo(loadedAt, now)}
        </span>
      </span>
      <button
        type="button"
        className={buttonStyles.secondary}
        aria-label={`Refresh ${vendor.label}`}
        disabled={vendor.state === 'loading'}
        onClick={vendor.refresh}
      >
        Refresh
      </button>
    </li>
  );
}

function ForgetButton() {
  const queryClient = useQueryClient();
  const [forgetting, setForgetting] = useState(false);
  return (
    <button
      type="button"
      className={`${buttonStyles.secondary} mt-2 w-full text-red-700`}
      disabled={forgetting}
      onClick={() => {
        setForgetting(true);
        void clearDeviceData(queryClient).finally(() => setForgetting(false));
      }}
    >
      {forgetting ? 'Forgetting…' : 'Forget data on this device'}
    </button>
  );
}

function describeStorage(storage: StorageStatus): string {
  if (storage.kind === 'opening') return 'Opening the history on this device…';
  if (storage.kind === 'memory')
    return `Not kept on this device: ${storage.problem ?? 'no storage'} What you load stays in this tab only; a reload asks the vendors again.`;
  if (storage.persisted === false)
    return 'Conversations you load are kept on this device; the browser may clear them when space runs low.';
  return 'Conversations you load are kept on this device, so reopening a range is instant.';
}

/** The current time, ticking every `interval` ms. */
function useNow(interval: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), interval);
    return () => window.clearInterval(timer);
  }, [interval]);
  return now;
}
