import type { Conversation } from '../../model/conversation';

/**
 * A list as the page rebuilds it from rows it already has: `order[i]` is the index of the list's i-th row
 * among those sent early (`sentEarly`: row -> index), or -1 for the next row of `rest`, the rows not sent
 * early, in the list's order. So each row crosses to the page once: most as the vendor's pages are read,
 * the rest (rows read from the device, rows prepared after the fetch) with the list.
 */
export function listOrder(
  list: ReadonlyArray<Conversation>,
  sentEarly: ReadonlyMap<Conversation, number>,
): { order: Int32Array; rest: Conversation[] } {
  const order = new Int32Array(list.length);
  const rest: Conversation[] = [];
  for (let i = 0; i < list.length; i++) {
    const row = list[i] as Conversation;
    const early = sentEarly.get(row);
    if (early === undefined) {
      order[i] = -1;
      rest.push(row);
    } else order[i] = early;
  }
  return { order, rest };
}

/** The list `listOrder` describes, from the rows sent early and the rest (the page's side). */
export function rebuildList<Row>(
  order: Int32Array,
  early: ReadonlyArray<Row>,
  rest: ReadonlyArray<Row>,
): Row[] {
  const list: Row[] = new Array<Row>(order.length);
  let next = 0;
  for (let i = 0; i < order.length; i++) {
    const index = order[i] as number;
    const row = index === -1 ? rest[next++] : early[index];
    if (row === undefined) throw new Error(`The history worker's list names row ${index} it never sent.`);
    list[i] = row;
  }
  return list;
}
