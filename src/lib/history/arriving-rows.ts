import type { Conversation } from '../../model/conversation';
import { throttledNotifier } from '../throttled-notify';
import { useBackgroundStore } from '../use-background-store';

/**
 * The rows of list loads still under way, so the list can show them before a vendor's load completes: a
 * reload reads 90 days from the device a few days at a time, and a vendor's list arrives from the history
 * worker in slices. A list query's data (React Query) stays what it was: whole lists only, so an error,
 * an export or the background details never mistake part of a list for all of it. Only the list shows
 * these rows, and only while its vendor is still loading, with the count saying so.
 *
 * Keyed by the list query's hash. A new load of the same key replaces the old one's rows.
 */

/**
 * How often a load's rows on screen grow. Each time, the list derives that vendor's rows anew and renders
 * them, so not often: the first rows show at once, and a reload of 90 days from the device (a few seconds
 * at 97,000 rows on a 2-core machine) seldom grows them again before it completes.
 */
export const ARRIVAL_INTERVAL_MS = 3_000;

type Arrival = {
  /** By key, in arrival order; a row that arrives again (asked again as possibly changed) replaces it. */
  byKey: Map<string, Conversation>;
  /** What the list shows: the rows as of the last publication. */
  shown: Conversation[] | null;
  lastShown: number;
  timer: ReturnType<typeof setTimeout> | null;
};

const arrivals = new Map<string, Arrival>();
const listeners = new Set<() => void>();
let version = 0;
// Four vendors may each publish within a few milliseconds: the list hears of them together.
const notify = throttledNotifier(listeners, 250);

export type RowArrival = {
  /** Rows of the load, in any order and any number at a time. */
  add: (rows: ReadonlyArray<Conversation>) => void;
  /** The load is over (done, failed or cancelled): its rows are no longer shown as arriving. */
  end: () => void;
};

/**
 * Starts collecting the rows of a load under `key`. The first rows are shown at once (the top of the list
 * comes first), later ones every `ARRIVAL_INTERVAL_MS`.
 */
export function startArrival(key: string): RowArrival {
  const arrival: Arrival = { byKey: new Map(), shown: null, lastShown: 0, timer: null };
  const previous = arrivals.get(key);
  if (previous?.timer) clearTimeout(previous.timer);
  arrivals.set(key, arrival);
  const current = () => arrivals.get(key) === arrival;
  const publish = () => {
    arrival.timer = null;
    if (!current()) return;
    arrival.shown = [...arrival.byKey.values()];
    arrival.lastShown = Date.now();
    version++;
    notify();
  };
  return {
    add: (rows) => {
      if (!current() || rows.length === 0) return;
      for (const row of rows) arrival.byKey.set(row.key, row);
      if (arrival.timer !== null) return;
      const wait = arrival.shown === null ? 0 : arrival.lastShown + ARRIVAL_INTERVAL_MS - Date.now();
      if (wait <= 0) publish();
      else arrival.timer = setTimeout(publish, wait);
    },
    end: () => {
      if (arrival.timer !== null) clearTimeout(arrival.timer);
      arrival.timer = null;
      // Without telling the list: the load's own outcome (its data, its error) is what it shows next, and
      // telling it now would show it neither for a moment.
      if (current()) arrivals.delete(key);
    },
  };
}

/** The rows shown so far of the load under `key`; null when none is under way or none has arrived. */
export function arrivedRows(key: string): Conversation[] | null {
  return arrivals.get(key)?.shown ?? null;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the caller as rows arrive; read them with `arrivedRows`. */
export function useRowArrivals(): number {
  return useBackgroundStore(subscribe, () => version);
}
