import type { SortingState } from '@tanstack/react-table';
import { startTransition, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { yieldToEventLoop } from '../../lib/yield-to-event-loop';
import type { Conversation } from '../../model/conversation';
import { partsOf, workFor, type Slices } from './conversation-parts';
import { facetsInSlices } from './facets';
import { searchIndexInSlices, type StartBounds } from './filter-conversations';
import { sortOrderInSlices } from './sort-conversations';
import type { ConversationsData, VendorLoad } from './use-conversations';

/** What the list shows the rows under: their derivations are worked out for this view ahead of time. */
export type ListView = { bounds: StartBounds; sorting: SortingState };

/**
 * What the list derives from its rows, each kept per vendor part (conversation-parts.ts): worked out here
 * a slice at a time, the render that shows the rows finds them done.
 */
const derivations: ReadonlyArray<(rows: ReadonlyArray<Conversation>, view: ListView) => Slices<unknown>> = [
  (rows, view) => facetsInSlices(rows, view.bounds),
  (rows) => searchIndexInSlices(rows),
  (rows, view) => sortOrderInSlices(rows, view.sorting),
];

/**
 * How long the page works on the derivations before it lets the browser paint and answer input: a
 * frame's worth, well under the 50 ms at which a task counts as long.
 */
const SLICE_MS = 12;

/**
 * The list's data, with a vendor's new rows held back until the facet counts, the filter index and the
 * sort order of its part are worked out, in slices of a few milliseconds. Worked out in the render that
 * shows them, a vendor landing with 40,000 rows was one 200–400 ms freeze of the page (the bench's longest
 * task); held back, the rows appear a few tasks later and the page answers input in between. Meanwhile
 * the previous rows stay, and a vendor whose new rows are held back still counts as loading, so the
 * count never reads as complete before its rows are shown.
 */
export function usePreparedConversations(data: ConversationsData, view: ListView): ConversationsData {
  const latest = data.conversations;
  const [prepared, setPrepared] = useState(latest);
  // Read when a derivation runs, so a sort or range change meanwhile is what gets worked out.
  const currentView = useRef(view);
  useLayoutEffect(() => {
    currentView.current = view;
  });
  useEffect(() => {
    if (prepared === latest) return;
    let stopped = false;
    void (async () => {
      for (const derive of derivations) {
        const slices = derive(latest, currentView.current);
        let done = false;
        while (!done) {
          await yieldToEventLoop();
          if (stopped) return;
          done = workFor(slices, SLICE_MS);
        }
      }
      // A transition: the render that shows the rows is sliced too, and gives way to input.
      if (!stopped) startTransition(() => setPrepared(latest));
    })();
    return () => {
      stopped = true;
    };
  }, [latest, prepared]);

  return withPreparedRows(data, prepared);
}

/**
 * `data` as the list shows it while only `prepared` has been worked out: those rows, and every vendor
 * whose new rows are not among them still loading. A vendor whose shown rows are the same list with some
 * rows updated (ImBox details folded in) stays as it is, so the status does not flicker on every fold.
 */
export function withPreparedRows(data: ConversationsData, prepared: Conversation[]): ConversationsData {
  if (prepared === data.conversations) return data;
  const shownParts = partsOf(prepared);
  const vendors = data.vendors.map((vendor): VendorLoad => {
    if (vendor.state !== 'ready' || vendor.rows.length === 0 || shownParts.includes(vendor.rows))
      return vendor;
    const shown = shownParts.find((part) => part[0]?.vendor === vendor.vendor);
    return shown && sameList(shown, vendor.rows) ? vendor : { ...vendor, state: 'loading' };
  });
  return {
    ...data,
    conversations: prepared,
    vendors,
    loading: data.loading || vendors.some((vendor) => vendor.state === 'loading'),
  };
}

/** The same conversations in the same order, some perhaps updated: a fold, not another list. */
function sameList(a: ReadonlyArray<Conversation>, b: ReadonlyArray<Conversation>): boolean {
  return a.length === b.length && a[0]?.key === b[0]?.key && a.at(-1)?.key === b.at(-1)?.key;
}
