import { z } from 'zod';
import { normalizeEmail } from '../../model/text';
import type { VisitorCard } from './imbox-api';

/** What may surround an address in a card's free text: spaces, brackets, quotes, list punctuation. */
const AROUND_AN_ADDRESS = /[\s<>()[\]{},;:"'`|]+/;
const address = z.email();

/**
 * The visitor's e-mail from ImBox's visitor cards (docs/vendor-api/NOTES.md, ImBox): ImBox has no e-mail
 * field; a site that knows the address puts it in a card through `insertCard`, in its own wording
 * ("E-mail: jane@example.org", "Mail - Jane <jane@example.org>"). So the address is recognised by its form,
 * not by a label: the first word of a card that is a valid address, from the newest card that has one
 * (a visitor who corrects an address gets a newer card). Lowercased; null when no card has one.
 */
export function mapImBoxCardEmail(cards: ReadonlyArray<VisitorCard>): string | null {
  const newestFirst = [...cards].sort((a, b) => cardTime(b) - cardTime(a));
  for (const card of newestFirst) {
    const found = firstAddress(card.data);
    if (found !== null) return found;
  }
  return null;
}

function cardTime(card: VisitorCard): number {
  return card.updatedDate ?? card.createdDate ?? Number.NEGATIVE_INFINITY;
}

function firstAddress(text: string | null): string | null {
  if (text === null || !text.includes('@')) return null;
  for (const word of text.split(AROUND_AN_ADDRESS)) {
    // A sentence's full stop is not part of the address.
    const candidate = word.replace(/\.+$/, '');
    if (candidate.includes('@') && address.safeParse(candidate).success) return normalizeEmail(candidate);
  }
  return null;
}
