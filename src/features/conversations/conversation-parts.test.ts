import { describe, expect, it } from 'vitest';
import { conversationStatuses, emptyVisitor, vendorIds, type Conversation } from '../../model/conversation';
import { ratingFromScore } from '../../model/rating';
import { makeConversation } from '../../testing/make-conversation';
import { concatParts, partsOf, ROWS_PER_SLICE, workFor, type Slices } from './conversation-parts';
import { computeFacets, facetsInSlices } from './facets';
import { buildSearchIndex, searchIndexInSlices } from './filter-conversations';
import { sortOrder, sortOrderInSlices } from './sort-conversations';
import { sortKeys } from './sort-keys';

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const names = ['Anna Öberg', 'bob Lind', 'Ola Ek', null, 'Åsa Berg'];
const agents = ['John Doe', 'Mia Holm', 'Sam Li'];

/** One vendor's rows, with ties in every sort key (few distinct values, repeated start times). */
function vendorRows(vendor: Conversation['vendor'], count: number, random: () => number): Conversation[] {
  const pick = <T>(values: ReadonlyArray<T>): T => values[Math.floor(random() * values.length)] as T;
  return Array.from({ length: count }, (_, i) =>
    makeConversation({
      vendor,
      id: `${vendor}-${i}`,
      startedAt: Date.parse('2026-11-01T00:00:00Z') + Math.floor(random() * 20) * 3_600_000,
      status: pick(conversationStatuses),
      visitor: { ...emptyVisitor, name: pick(names), email: random() < 0.5 ? null : `v${i % 7}@example.org` },
      agents: [{ name: pick(agents), email: null, id: null }],
      tags: random() < 0.5 ? [] : [pick(['billing', 'refund', 'bug'])],
      rating: random() < 0.4 ? ratingFromScore(Math.ceil(random() * 3), Math.ceil(random() * 3)) : null,
      messageCount: random() < 0.2 ? null : Math.floor(random() * 9),
    }),
  );
}

describe('deriving the list per vendor', () => {
  const random = seeded(3);
  const parts = vendorIds.map((vendor, i) => vendorRows(vendor, 40 + i * 17, random));
  const whole = concatParts(parts);
  // The same rows, not known as a concatenation: derived in one piece.
  const plain = [...whole];

  it('remembers the parts of a concatenation, and any other array is its own part', () => {
    expect(partsOf(whole)).toEqual(parts);
    expect(partsOf(plain)).toEqual([plain]);
  });

  it('sorts by every column both ways exactly as sorting the whole array', () => {
    for (const id of Object.keys(sortKeys)) {
      for (const desc of [false, true]) {
        expect([...sortOrder(whole, [{ id, desc }])], `${id} ${desc}`).toEqual([
          ...sortOrder(plain, [{ id, desc }]),
        ]);
      }
    }
  });

  it('builds the filter arrays and counts the facets exactly as over the whole array', () => {
    const index = buildSearchIndex(whole);
    const expected = buildSearchIndex(plain);
    expect(index.conversations).toBe(whole);
    expect([...index.startedAt]).toEqual([...expected.startedAt]);
    expect([...index.vendor]).toEqual([...expected.vendor]);
    expect([...index.status]).toEqual([...expected.status]);
    expect([...index.rating]).toEqual([...expected.rating]);
    const bounds = { start: Date.parse('2026-11-01T05:00:00Z'), end: Date.parse('2026-11-01T15:00:00Z') };
    expect(computeFacets(whole, bounds)).toEqual(computeFacets(plain, bounds));
  });

  it('follows a vendor whose rows changed, keeping the others', () => {
    const changed = [...(parts[2] as Conversation[])].map((row, i) =>
      i % 2 === 0 ? { ...row, status: 'missed' as const, startedAt: row.startedAt + 1_800_000 } : row,
    );
    const next = concatParts(parts.map((part, i) => (i === 2 ? changed : part)));
    const bounds = { start: 0, end: Number.MAX_SAFE_INTEGER };
    // Derived from the old parts first, so the kept parts are reused for the new whole.
    sortOrder(whole, [{ id: 'status', desc: false }]);
    computeFacets(whole, bounds);
    expect([...sortOrder(next, [{ id: 'status', desc: false }])]).toEqual([
      ...sortOrder([...next], [{ id: 'status', desc: false }]),
    ]);
    expect(computeFacets(next, bounds)).toEqual(computeFacets([...next], bounds));
    expect([...buildSearchIndex(next).status]).toEqual([...buildSearchIndex([...next]).status]);
  });
});

/** Steps `slices` to its end, counting the times it gave the page back, and returns both. */
function stepped<Result>(slices: Slices<Result>): { result: Result; pauses: number } {
  let pauses = 0;
  for (;;) {
    const step = slices.next();
    if (step.done) return { result: step.value, pauses };
    pauses++;
  }
}

describe('deriving the list a slice at a time, ahead of the render', () => {
  const random = seeded(11);
  // Three vendors of several slices each, one of them smaller than a slice.
  const sizes = [3 * ROWS_PER_SLICE + 5, 2 * ROWS_PER_SLICE, ROWS_PER_SLICE - 7];
  const parts = sizes.map((size, i) => vendorRows(vendorIds[i] as Conversation['vendor'], size, random));
  const bounds = { start: Date.parse('2026-11-01T03:00:00Z'), end: Date.parse('2026-11-01T17:00:00Z') };
  const byStatus = [{ id: 'status', desc: true }];

  it("gives the page back between slices of a vendor's rows, and gives what working it out at once gives", () => {
    const whole = concatParts(parts);
    const plain = [...whole];
    const facets = stepped(facetsInSlices(whole, bounds));
    const index = stepped(searchIndexInSlices(whole));
    const order = stepped(sortOrderInSlices(whole, byStatus));
    // At least once per full slice of rows: no vendor's rows are worked through in one piece.
    const fullSlices = sizes.reduce((sum, size) => sum + Math.floor(size / ROWS_PER_SLICE), 0);
    for (const run of [facets, index, order]) expect(run.pauses).toBeGreaterThanOrEqual(fullSlices);
    // The sort also merges the parts' orders into one, a slice at a time.
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(order.pauses).toBeGreaterThanOrEqual(fullSlices + Math.floor(total / ROWS_PER_SLICE));
    expect(facets.result).toEqual(computeFacets(plain, bounds));
    expect([...index.result.status]).toEqual([...buildSearchIndex(plain).status]);
    expect([...index.result.startedAt]).toEqual([...buildSearchIndex(plain).startedAt]);
    expect([...order.result]).toEqual([...sortOrder(plain, byStatus)]);
  });

  it('keeps what it worked out for the render, which then finds it done', () => {
    const whole = concatParts(parts);
    const ahead = stepped(sortOrderInSlices(whole, byStatus)).result;
    expect(sortOrder(whole, byStatus)).toBe(ahead);
    // Asked again in slices, the kept result comes back without working anything out again.
    expect(stepped(sortOrderInSlices(whole, byStatus))).toEqual({ result: ahead, pauses: 0 });
    // The filter arrays and the facet counts, merged over the vendors ahead, are not merged again.
    expect(buildSearchIndex(whole)).toBe(stepped(searchIndexInSlices(whole)).result);
    const facets = stepped(facetsInSlices(whole, bounds)).result;
    expect(computeFacets(whole, bounds)).toBe(facets);
    // Another range is counted anew.
    const wider = { start: bounds.start - 3_600_000, end: bounds.end };
    expect(computeFacets(whole, wider)).not.toBe(facets);
    expect(computeFacets(whole, wider)).toEqual(computeFacets([...whole], wider));
  });

  it('a derivation left halfway (the rows changed meanwhile) keeps nothing half-counted', () => {
    const whole = concatParts(parts);
    const left = facetsInSlices(whole, bounds);
    for (let i = 0; i < 3; i++) left.next();
    expect(computeFacets(whole, bounds)).toEqual(computeFacets([...whole], bounds));
  });

  it('works for its budget and says whether it is done', () => {
    const slices = facetsInSlices(concatParts(parts.map((part) => [...part])), bounds);
    // No time at all: one slice, then back to the page.
    expect(workFor(slices, 0)).toBe(false);
    expect(workFor(slices, Number.POSITIVE_INFINITY)).toBe(true);
  });
});
