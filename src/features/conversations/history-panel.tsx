import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { buttonStyles } from '../../components/button-styles';
import { clearDeviceData } from '../../lib/history/clear-device-data';
import { useLoadedAt } from '../../lib/history/load-state';
import { useStorageStatus, type StorageStatus } from '../../lib/history/storage-status';
import { formatLoadedAgo } from './format-loaded-ago';
import type { VendorLoad } from './use-conversations';

/**
 * "Stored data": when each vendor's rows were last loaded, with Refresh per vendor and for all, where the
 * history is kept (and why not, when the browser refuses), and "Forget data on this device".
 */
export function HistoryPanel({ vendors }: { vendors: ReadonlyArray<VendorLoad> }) {
  const [open, setOpen] = useState(false);
  const storage = useStorageStatus();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && setOpen(false);
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div ref={root} className="relative ml-auto shrink-0">
      <button
        type="button"
        className={buttonStyles.ghost}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {storage.kind === 'memory' && (
          <span aria-hidden="true" className="size-1.5 rounded-full bg-amber-500" />
        )}
        Stored data
      </button>
      {open && <HistoryPanelBody id={panelId} vendors={vendors} storage={storage} />}
    </div>
  );
}

function HistoryPanelBody({
  id,
  vendors,
  storage,
}: {
  id: string;
  vendors: ReadonlyArray<VendorLoad>;
  storage: StorageStatus;
}) {
  const now = useNow(30_000);
  const stored = vendors.filter((vendor) => vendor.account !== null);
  return (
    <section
      id={id}
      aria-label="Stored data"
      className="absolute right-0 z-30 mt-1 w-80 rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg"
    >
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
    </section>
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
    return `Not kept on this device: ${storage.problem ?? 'no storage'} Working from memory; a reload loads again.`;
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
