import { describe, expect, it } from 'vitest';
import { reconcileStartInstant } from './reconcile-start-instant';

const hour = 3_600_000;
// The documented sample: startDate "2017-06-24 15:01:31 PM", first message 1498316491095 (15:01:31.095 UTC).
const firstMessage = 1498316491095;
const utcReading = Date.parse('2017-06-24T15:01:31Z');

describe('reconciling startDate with the message timestamps', () => {
  it('keeps a start that agrees with the first message', () => {
    expect(reconcileStartInstant(utcReading, firstMessage)).toBe(utcReading);
  });

  it('corrects a wall clock read in the wrong zone by the whole offset', () => {
    const readAsStockholm = utcReading - 2 * hour;
    expect(reconcileStartInstant(readAsStockholm, firstMessage)).toBe(utcReading);
    const readAsKolkata = utcReading - 5.5 * hour;
    expect(reconcileStartInstant(readAsKolkata, firstMessage)).toBe(utcReading);
  });

  it('leaves a start alone when the gap is no timezone offset or there are no messages', () => {
    expect(reconcileStartInstant(utcReading - 37 * 60_000, firstMessage)).toBe(utcReading - 37 * 60_000);
    expect(reconcileStartInstant(utcReading - 3 * 24 * hour, firstMessage)).toBe(utcReading - 3 * 24 * hour);
    expect(reconcileStartInstant(utcReading, null)).toBe(utcReading);
  });
});
