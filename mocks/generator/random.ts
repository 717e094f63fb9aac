/**
 * A seeded PRNG (mulberry32): the demo data must be the same on every machine and every run, so that
 * tests can count on it and a screenshot today matches one tomorrow.
 */
export type Random = {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: ReadonlyArray<T>) => T;
  chance: (probability: number) => boolean;
  sample: <T>(items: ReadonlyArray<T>, count: number) => T[];
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: ReadonlyArray<T>): T => items[int(0, items.length - 1)] as T;
  const chance = (probability: number): boolean => next() < probability;
  const sample = <T>(items: ReadonlyArray<T>, count: number): T[] => {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) out.push(pool.splice(int(0, pool.length - 1), 1)[0] as T);
    return out;
  };
  return { next, int, pick, chance, sample };
}

/** A stable 32-bit hash of a string, to derive one seed per vendor. */
export function hashSeed(text: string): number {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
