/** YYYY-MM-DD `daysAgo` days before today in the browser's timezone (playwright.config: Europe/Stockholm). */
export function dayInStockholm(daysAgo: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(
    new Date(Date.now() - daysAgo * 86_400_000),
  );
}
