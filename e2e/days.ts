/** YYYY-MM-DD `daysAgo` days before today in the browser's timezone (playwright.config: Europe/Stockholm). */
export function dayInStockholm(daysAgo: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
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
 * Epoch milliseconds of noon UTC `daysAgo` days before today (UTC), plus `minutes`: when the vendor
 * stand-ins' conversations start. Noon UTC is the same calendar day in Stockholm.
 */
export function noonUtc(daysAgo: number, minutes = 0): number {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return today - daysAgo * 86_400_000 + 12 * 3_600_000 + minutes * 60_000;
}
