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
  return fromNewestCard(cards, firstAddress);
}

/**
 * The first value `read` finds in a card's text, the newest card first: a visitor who corrects a detail
 * gets a newer card. Null when no card gives one.
 */
function fromNewestCard(
  cards: ReadonlyArray<VisitorCard>,
  read: (text: string) => string | null,
): string | null {
  const time = (card: VisitorCard) => card.updatedDate ?? card.createdDate ?? Number.NEGATIVE_INFINITY;
  for (const card of [...cards].sort((a, b) => time(b) - time(a))) {
    const found = card.data === null ? null : read(card.data);
    if (found !== null) return found;
  }
  return null;
}

function firstAddress(text: string): string | null {
  if (!text.includes('@')) return null;
  for (const word of text.split(AROUND_AN_ADDRESS)) {
    // A sentence's full stop is not part of the address.
    const candidate = word.replace(/\.+$/, '');
    if (candidate.includes('@') && address.safeParse(candidate).success) return normalizeEmail(candidate);
  }
  return null;
}

/** A card's label before its value: "Name: …", "Tel - …", "Mobile number = …". */
const LABELLED = /^\s*([^:=\-–]{1,40}?)\s*[:=\-–]\s*(.+?)\s*$/s;
// At a word's start, so that "Hotel" is no phone; "phone" anywhere ("Cellphone", "Telephone").
const PHONE_LABEL = /\b(?:tel|mobil|cell|sms|whatsapp)|phone/i;
/** What a phone number is written with; it must hold at least six digits. */
const PHONE_VALUE = /^\+?[\d\s().\-/]+$/;

/**
 * The visitor's phone from the cards: unlike an address, a number has no form of its own (an order or a
 * customer number looks the same), so only a card whose label names a phone counts, as a site writes it
 * ("Phone: +46 70 123 45 67", "Tel - 555 0100"). From the newest such card; null when none.
 */
export function mapImBoxCardPhone(cards: ReadonlyArray<VisitorCard>): string | null {
  return newestLabelled(cards, (label, value) =>
    PHONE_LABEL.test(label) && PHONE_VALUE.test(value) && (value.match(/\d/g)?.length ?? 0) >= 6
      ? value
      : null,
  );
}

/** "Name", "Full name", "Your name", ...: a label that is the visitor's name and nothing else's. */
const NAME_LABEL = /^(?:(?:full|your|visitor|customer|contact)\s*)?(?:name|namn|navn)$/i;

/**
 * The visitor's name from a card labelled as one, as in the documented sample ("Name: John Doe"). ImBox's
 * own place for it is the type-0 visitor tag, which wins where both are given (normalize-imbox-transcript);
 * this is for a site that names its visitors through `insertCard` only. Null when no card does.
 */
export function mapImBoxCardName(cards: ReadonlyArray<VisitorCard>): string | null {
  return newestLabelled(cards, (label, value) => (NAME_LABEL.test(label) ? value : null));
}

/** The first value `read` accepts from the newest card written as "label: value". */
function newestLabelled(
  cards: ReadonlyArray<VisitorCard>,
  read: (label: string, value: string) => string | null,
): string | null {
  return fromNewestCard(cards, (text) => {
    const [, label, value] = LABELLED.exec(text) ?? [];
    return label === undefined || value === undefined ? null : read(label, value);
  });
}
