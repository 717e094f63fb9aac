import { z } from 'zod';

/**
 * Building blocks for reading vendor payloads leniently: real accounts vary and docs drift, so a field of
 * an unexpected type reads as absent (null) and a malformed list item is left out, rather than one odd
 * chat failing a list of thousands. Each vendor's `*-api.ts` composes its schemas from these.
 */

/** A string, or a number read as its string; anything else is null. */
export const lenientText = z
  .union([z.string(), z.number()])
  .transform((value) => String(value))
  .nullish()
  .catch(null);

/** A finite number, or a numeric string read as one; anything else is null. */
export const lenientNumber = z
  .union([
    z.number().finite(),
    z
      .string()
      .trim()
      .regex(/^-?\d+(\.\d+)?$/)
      .transform(Number),
  ])
  .nullish()
  .catch(null);

/** An array whose items are each parsed on their own; items that do not fit are left out. */
export function lenientArray<Item extends z.ZodType>(item: Item) {
  return z
    .array(z.unknown())
    .nullish()
    .catch(null)
    .transform((items) =>
      (items ?? []).flatMap((value) => {
        const parsed = item.safeParse(value);
        return parsed.success ? [parsed.data] : [];
      }),
    );
}
