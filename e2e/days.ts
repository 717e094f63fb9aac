/** Today's calendar date in the browser's timezone (playwright.config: Europe/Stockholm). */
function todayInStockholm(): [number, number, number] {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date());
  return today.split('-').map(Number) as [number, number, number];
}

/**
 * YYYY-MM-DD `daysAgo` calendar days before today in the browser's timezone. Counted in calendar days,
 * not in steps of 24 hours: across a change of summer time, 99 × 24 hours before 23:30 on a winter
 * evening is 00:30 of the day after the one meant, and a view of 99 days then started a day late (a run
 * between 22:00 and 23:00 UTC failed on it every day).
 */
export function dayInStockholm(daysAgo: number): string {
  const [year, month, day] = todayInStockholm();
  return new Date(Date.UTC(year, month - 1, day - daysAgo)).toISOString().slice(0, 10);
}

/** Every calendar day a request names (YYYY-MM-DD, ISO instants, epoch-millisecond bounds). */
export function daysNamed(url: string): string[] {
  const days = [...url.matchAll(/\d{4}-\d{2}-\d{2}/g)].map((match) => match[0]);
  for (const match of url.matchAll(/(?:from|to)=(\d{13})/g)) {
    days.push(new Date(Number(match[1])).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * Epoch milliseconds of noon UTC on the day `dayInStockholm(daysAgo)` names, plus `minutes`: when the
 * vendor stand-ins' conversations start. Noon UTC is the same calendar day in Stockholm, and the days are
 * counted from Stockholm's today like the views: counted from UTC's, a view's newest day had no
 * conversations between 23:00 and 24:00 UTC, when Stockholm's date is a day ahead.
 */
export function noonUtc(daysAgo: number, minutes = 0): number {
  const [year, month, day] = todayInStockholm();
  return Date.UTC(year, month - 1, day - daysAgo, 12) + minutes * 60_000;
}
