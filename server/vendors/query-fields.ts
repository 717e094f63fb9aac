import { z } from 'zod';

/** Shapes of the values the proxy's routes accept, shared by the vendors' query schemas. */
export const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-11-01');

/** An instant as ImBox writes it: 2020-01-01T00:00:00.000Z. */
export const isoInstant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/, 'must be like 2020-01-01T00:00:00.000Z');

/** An IANA timezone name such as Europe/Stockholm. */
export const timeZone = z.string().regex(/^[A-Za-z0-9_+\-/]{1,64}$/, 'must be a timezone name');

/** A free filter value (an e-mail, a tag, an agent): any text, but not a novel. */
export const filterText = z.string().min(1).max(256);

export const pageNumber = z.string().regex(/^\d{1,6}$/, 'must be a page number');

/** A conversation or agent id as a single, harmless path segment. */
export const safeSegment = z.string().regex(/^[A-Za-z0-9._~-]{1,128}$/, 'is not a valid id');
