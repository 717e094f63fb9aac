import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { viewerTimeZone } from '../../lib/date-range';
import { visitorPath, type VisitorRef } from '../../lib/visitor-path';
import { vendorStatusQuery } from '../../lib/vendor-status';
import type { Conversation, VendorId } from '../../model/conversation';
import { visitorHeldQuery } from '../../vendors/history/visitor-held-query';
import { adapters } from '../../vendors/registry';
import type { AdapterQuery, VendorList } from '../../vendors/types';
import { mergeVisitorHistory } from './merge-visitor-history';

export type VisitorSource = {
  vendor: VendorId;
  label: string;
  /** `search`: the vendor's own e-mail filter was asked over all time; `held`: only what this browser holds. */
  reach: 'search' | 'held';
  state: 'loading' | 'error' | 'ready';
  /** The vendor's own search failed (what the browser holds still shows). */
  error: Error | null;
  retry: () => void;
  count: number;
};

export type VisitorHistory = {
  server: { state: 'loading' | 'error' | 'ready'; error: Error | null; retry: () => void };
  sources: VisitorSource[];
  conversations: Conversation[];
  loading: boolean;
};

const none: Conversation[] = [];

/**
 * Every conversation of one visitor, over all time: per configured vendor, what the browser holds (local
 * history and loaded lists) and, for an e-mail and a vendor that filters by one, the vendor's own search
 * without a date bound. Each vendor loads and fails on its own.
 */
export function useVisitorHistory(ref: VisitorRef): VisitorHistory {
  const status = useQuery(vendorStatusQuery);
  const timeZone = viewerTimeZone();
  const enabled = (status.data?.vendors ?? []).filter(
    (vendor) => vendor.mode !== 'off' && (ref.kind === 'email' || vendor.id === ref.vendor),
  );
  const plans = enabled.map((vendor) => {
    const adapter = adapters[vendor.id];
    const search: AdapterQuery<VendorList> | null =
      ref.kind === 'email' && adapter.visitorEmailQuery
        ? adapter.visitorEmailQuery(ref.email, timeZone)
        : null;
    return {
      vendor: vendor.id,
      label: adapter.label,
      held: visitorHeldQuery(vendor.id, vendor.account, ref),
      search,
    };
  });
  const results = useQueries({
    queries: plans.flatMap((plan) => (plan.search ? [plan.search, plan.held] : [plan.held])),
  });

  let next = 0;
  const perVendor = plans.map((plan) => {
    const search = plan.search ? results[next++] : undefined;
    const held = results[next++];
    return { plan, search, held };
  });

  const inputs = perVendor.flatMap(({ search, held }) => [
    search?.data?.conversations ?? none,
    held?.data?.conversations ?? none,
  ]);
  const [merge] = useState(createMergeMemo);
  const conversations = merge(ref, inputs);

  const sources = perVendor.map(({ plan, search, held }): VisitorSource => {
    const parts = [search, held].filter((part) => part !== undefined);
    const loading = parts.some((part) => part.isPending);
    const failed = parts.find((part) => part.isError);
    return {
      vendor: plan.vendor,
      label: plan.label,
      reach: plan.search ? 'search' : 'held',
      state: failed ? 'error' : loading ? 'loading' : 'ready',
      error: failed?.error ?? null,
      retry: () => {
        for (const part of parts) if (part.isError) void part.refetch();
      },
      count: conversations.filter((row) => row.vendor === plan.vendor).length,
    };
  });

  return {
    server: {
      state: status.isPending ? 'loading' : status.isError ? 'error' : 'ready',
      error: status.error,
      retry: () => void status.refetch(),
    },
    sources,
    conversations,
    loading: status.isPending || sources.some((source) => source.state === 'loading'),
  };
}

/**
 * The merge, redone only when the visitor or one of the sources' arrays changes (React Query keeps a
 * source's data the same array until it changes), so the timeline does not re-render on every poll.
 */
function createMergeMemo() {
  let lastPath = '';
  let lastInputs: ReadonlyArray<Conversation[]> = [];
  let lastResult: Conversation[] = none;
  return (ref: VisitorRef, inputs: ReadonlyArray<Conversation[]>): Conversation[] => {
    const path = visitorPath(ref);
    const same =
      path === lastPath &&
      inputs.length === lastInputs.length &&
      inputs.every((input, i) => input === lastInputs[i]);
    if (!same) {
      lastPath = path;
      lastInputs = inputs;
      lastResult = mergeVisitorHistory(ref, inputs);
    }
    return lastResult;
  };
}
