import { hashKey, keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { arrivedRows, useRowArrivals } from '../../lib/history/arriving-rows';
import { historyAccount, type HistoryAccount } from '../../lib/history/history-store';
import { requestRefresh } from '../../lib/history/load-state';
import { vendorStatusQuery } from '../../lib/vendor-status';
import type { Conversation, VendorId } from '../../model/conversation';
import { historyListQuery } from '../../vendors/history/history-list-query';
import { adapters } from '../../vendors/registry';
import type { ListRequest } from '../../vendors/types';
import { concatParts } from './conversation-parts';
import { useBackgroundDetails } from './use-background-details';
import { useHistorySync } from './use-history-sync';

export type VendorLoad = {
  vendor: VendorId;
  label: string;
  mode: 'live' | 'demo';
  /**
   * `loading` also covers showing the previous request's rows while the new one loads. A refresh (or a
   * retry) that failed after the rows were loaded leaves them `ready`, shown and counted, with `stale`.
   */
  state: 'loading' | 'error' | 'ready';
  error: Error | null;
  /** The last attempt to load the rows again failed: those shown are the ones loaded before. */
  stale: boolean;
  /** Conversations loaded from this vendor for the current request. */
  count: number;
  /** Those conversations: the same array while they are unchanged (a part of `conversations`). */
  rows: Conversation[];
  /** Items the vendor sent that could not be read (left out of the list). */
  unreadable: number;
  refetch: () => void;
  /** Whose local history this vendor's rows come from; null when the server names no account. */
  account: HistoryAccount | null;
  /** Asks the vendor for the whole range again, held or not. */
  refresh: () => void;
};

export type ConversationsData = {
  /** `GET /api/vendors`: which vendors to ask at all. */
  server: { state: 'loading' | 'error' | 'ready'; error: Error | null; refetch: () => void };
  /** The vendors this server has configured, in the registry's order. */
  vendors: VendorLoad[];
  /** Vendors the server has no configuration for. */
  offVendors: Array<{ vendor: VendorId; label: string }>;
  /** Every enabled vendor's rows together; the same array until some vendor's data changes. */
  conversations: Conversation[];
  /** Some vendor (or the server status) is still loading. */
  loading: boolean;
};

// Shared by every vendor without data; nothing mutates the arrays this hook returns.
const noConversations: Conversation[] = [];

/**
 * Concatenates per-vendor arrays, returning the previous result while every input is the same array
 * (conversation-parts.ts remembers the parts, so the list re-derives only a vendor that changed).
 */
function createConcatMemo() {
  let lastInputs: ReadonlyArray<Conversation[]> = [];
  let lastResult: Conversation[] = noConversations;
  return (inputs: ReadonlyArray<Conversation[]>): Conversation[] => {
    const same = inputs.length === lastInputs.length && inputs.every((input, i) => input === lastInputs[i]);
    if (!same) {
      lastInputs = inputs;
      lastResult = inputs.length === 0 ? noConversations : concatParts(inputs);
    }
    return lastResult;
  };
}

/**
 * One query per configured vendor, so a vendor that fails or is slow never hides the others' rows. While a
 * new request loads (another range or e-mail) the previous rows stay on screen; the list re-checks every
 * row against the current range, so what shows is never wrong, only possibly incomplete.
 */
export function useConversations(request: ListRequest): ConversationsData {
  const status = useQuery(vendorStatusQuery);
  const enabled = (status.data?.vendors ?? []).flatMap((vendor) =>
    vendor.mode === 'off'
      ? []
      : [{ vendor: vendor.id, label: adapters[vendor.id].label, mode: vendor.mode, account: vendor.account }],
  );
  const listQueries = enabled.map(({ vendor, account }) =>
    // With an account fingerprint the rows come from the local history (issue 9), else straight from the vendor.
    account === null
      ? adapters[vendor].listQuery(request)
      : historyListQuery(adapters[vendor], account, request),
  );
  const results = useQueries({
    queries: listQueries.map((query) => ({ ...query, placeholderData: keepPreviousData })),
  });
  // Details start once every list has settled: they are many small requests, and the lists come first.
  const listsSettled = results.every((result) => !result.isPending && !result.isPlaceholderData);
  useBackgroundDetails(
    listsSettled,
    enabled.map(({ vendor, account }, i) => ({
      vendor,
      fingerprint: account,
      queryKey: listQueries[i]?.queryKey ?? [],
      rows: results[i]?.isPlaceholderData ? undefined : results[i]?.data?.conversations,
      dataUpdatedAt: results[i]?.dataUpdatedAt ?? 0,
    })),
  );
  // A vendor with no list yet shows the rows of its load so far (read from the device, or arrived from the
  // history worker); it stays loading, and the count says so, until its list is whole.
  useRowArrivals();
  const shownRows = results.map((result, i): Conversation[] => {
    if (result.data) return result.data.conversations;
    const queryKey = listQueries[i]?.queryKey;
    return (queryKey && arrivedRows(hashKey(queryKey))) ?? noConversations;
  });
  const [concat] = useState(createConcatMemo);
  const conversations = concat(shownRows);

  const vendors = enabled.map(({ vendor, label, mode, account }, i): VendorLoad => {
    const result = results[i];
    const loading = !result || result.isPending || result.isPlaceholderData;
    const stale = !loading && result.isError && result.data !== undefined;
    return {
      vendor,
      label,
      mode,
      state: loading ? 'loading' : result.isError && !stale ? 'error' : 'ready',
      stale,
      error: result?.error ?? null,
      count: shownRows[i]?.length ?? 0,
      rows: shownRows[i] ?? noConversations,
      unreadable: result?.data?.unreadable ?? 0,
      refetch: () => void result?.refetch(),
      account: account === null ? null : historyAccount(vendor, account),
      refresh: () => {
        if (account !== null) requestRefresh(historyAccount(vendor, account));
        void result?.refetch();
      },
    };
  });

  useHistorySync(vendors);

  return {
    server: {
      state: status.isPending ? 'loading' : status.isError ? 'error' : 'ready',
      error: status.error,
      refetch: () => void status.refetch(),
    },
    vendors,
    offVendors: (status.data?.vendors ?? [])
      .filter((vendor) => vendor.mode === 'off')
      .map((vendor) => ({ vendor: vendor.id, label: adapters[vendor.id].label })),
    conversations,
    loading: status.isPending || vendors.some((vendor) => vendor.state === 'loading'),
  };
}
