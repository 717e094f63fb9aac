import { z } from 'zod';

/**
 * The one vocabulary every vendor's `<vendor>-api.ts` reads its payloads with. Real accounts vary and docs
 * drift (docs/vendor-api/NOTES.md), so:
 * - a field of an unexpected type reads as absent (null), never failing the item it is in;
 * - an item is unreadable only when it lacks what ties it to a conversation (its id) or cannot be placed
 *   in time; the vendor's normalizer then returns null;
 * - an unreadable item in a vendor's list is left out and counted (`countedArray`, or the list function
 *   counting its normalizer's nulls), and the count is shown in the vendor's status; items nested inside
 *   one conversation (tags, messages, files) are left out without a count.
 */

// Each reader is one `z.transform` of whatever was sent, since a list of 100,000 chats runs them on every
// field: not a union with catch (a thrown-and-caught parse per missing field), and not
// `z.unknown().optional().transform()`, which zod runs as three schemas per field, each with its own
// result object (reading 6,000 demo LiveChat chats ten times: 161 young-generation garbage collections
// instead of 174).
// Every odd value tried reads the same either way: alone, inside an object, and absent.

/** A string, or a number read as its string; anything else is null. Kept as sent (not trimmed). */
export const lenientText = z.transform(readText);

/** Like `lenientText`, trimmed, with a blank value as null: for names and codes, never message bodies. */
export const lenientTrimmedText = z.transform(readTrimmedText);

/** A finite number, or a numeric string read as one; anything else is null. */
export const lenientNumber = z.transform((value: unknown): number | null => {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
});

function readText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

function readTrimmedText(value: unknown): string | null {
  const trimmed = readText(value)?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** The id that ties an item to a conversation: a non-blank string or a number, as trimmed text. Required. */
export const lenientId = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .refine((value) => value !== '', { error: 'an empty id' });

/** The values that `item` reads, parsed; the others are left out. */
function readItems<Item extends z.ZodType>(
  item: Item,
  values: ReadonlyArray<unknown>,
): Array<z.output<Item>> {
  const items: Array<z.output<Item>> = [];
  for (const entry of values) {
    const parsed = item.safeParse(entry);
    if (parsed.success) items.push(parsed.data);
  }
  return items;
}

/** An array whose items are each parsed on their own; items that do not fit are left out. */
export function lenientArray<Item extends z.ZodType>(item: Item) {
  return z.transform((value: unknown) => readItems(item, Array.isArray(value) ? value : []));
}

/** Names (tags, labels, e-mails, phones): strings and numbers as trimmed text; blanks and anything else go. */
export const lenientNames = z.transform((value: unknown) => {
  const names: string[] = [];
  if (!Array.isArray(value)) return names;
  for (const entry of value) {
    const name = readTrimmedText(entry);
    if (name !== null) names.push(name);
  }
  return names;
});

/** A vendor's list of conversations (or rows of one): items that do not fit are left out and counted. */
export function countedArray<Item extends z.ZodType>(item: Item) {
  return z.transform((value: unknown) => {
    const values: ReadonlyArray<unknown> = Array.isArray(value) ? value : [];
    const items = readItems(item, values);
    return { items, unreadable: values.length - items.length };
  });
}

/**
 * An item as the model needs it plus the item exactly as the vendor sent it, for the "view raw" panel: the
 * parsed item has dates as epoch ms and "" as null, which is no longer what the vendor said.
 */
export function withRaw<Schema extends z.ZodType<object>>(schema: Schema) {
  return z.transform((raw: unknown, context): z.output<Schema> & { raw: unknown } => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
      }
      return z.NEVER;
    }
    return { ...parsed.data, raw };
  });
}
