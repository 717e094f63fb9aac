/**
 * Runs `task` over `items` with at most `limit` in flight, preserving result order. Used for paged vendor
 * lists, where firing every page at once would trip the vendor's rate limit.
 */
export async function mapWithConcurrency<Item, Result>(
  items: ReadonlyArray<Item>,
  limit: number,
  task: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results = new Array<Result>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as Item, index);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, () => worker()));
  return results;
}
