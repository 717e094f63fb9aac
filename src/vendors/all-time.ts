/**
 * All of time, as a range of instants: a visitor's history (the visitor page) keeps every conversation a
 * vendor finds for them, whenever it started, where the list keeps only its range.
 */
export const ALL_TIME = { start: Number.NEGATIVE_INFINITY, end: Number.POSITIVE_INFINITY } as const;
