import { describe, expect, it } from 'vitest';
import { luhnValid, redactText } from './redact-text';

/** Real-world shapes: [what a visitor wrote, what the export must carry]. */
const redacted: Array<[string, string]> = [
  // E-mail addresses
  ['Mail me at anna@example.com', 'Mail me at [email]'],
  ['anna.berg+shop@mail.example.co.uk, thanks', '[email], thanks'],
  ['My address: Ola_Nordmann-1@sub.domain.example.no.', 'My address: [email].'],
  ["<joe.o'brien@example.org>", '<[email]>'],
  ['two: a@b.se and c.d@e-f.com', 'two: [email] and [email]'],
  // Phone numbers, international
  ['Call +46 70 123 45 67 please', 'Call [phone] please'],
  ['US: +1-202-555-0143', 'US: [phone]'],
  ['UK +44 20 7946 0958.', 'UK [phone].'],
  ['DE +49 (0)30 901820', 'DE [phone]'],
  ['+33612345678', '[phone]'],
  ['0044 20 7946 0958', '[phone]'],
  ['0046-70-1234567', '[phone]'],
  // Phone numbers, national
  ['Ring 070-123 45 67 efter 5', 'Ring [phone] efter 5'],
  ['my cell is 0701234567', 'my cell is [phone]'],
  ['(415) 555-2671', '[phone]'],
  ['call 415-555-2671 or 415.555.2671', 'call [phone] or [phone]'],
  ['020 7946 0958', '[phone]'],
  ['08-123 456 78', '[phone]'],
  // Payment cards (Luhn-valid), plain, spaced, dashed
  ['card 4111111111111111', 'card [card]'],
  ['4111 1111 1111 1111 exp 12/27', '[card] exp 12/27'],
  ['5555-5555-5555-4444', '[card]'],
  ['Amex 3782 822463 10005', 'Amex [card]'],
];

/** Shapes that must stay exactly as written. */
const kept: string[] = [
  'It is #4411, placed last Monday.',
  'Order 2026-11-21 arrived on 21/11/2026 at 14:03:12.',
  'Dates: 2026-11-21, 21.11.2026, 11/21/2026',
  'Order number 123456789',
  'Invoice INV-2026-001234 and ORD-99812345',
  'That costs 1 299 000 SEK or 1,299,000 in total',
  'Tracking 1Z999AA10123456784',
  'Server 192.168.100.200 answered',
  'Looks like a card but is not: 4111 1111 1111 1112',
  'Reference 1234567890123456',
  'We ship within 3-5 days, open 10–16 on Saturdays.',
  'Version 2.14.3, build 20261121',
  'Hej! Har ni öppet på lördag?',
  'Is <b>this</b> a bug? @admin',
  'user@localhost is not an address',
];

describe('redacting personal data in text', () => {
  it.each(redacted)('%s', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it.each(kept)('keeps %s', (input) => {
    expect(redactText(input)).toBe(input);
  });

  it('checks card numbers with Luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
    expect(luhnValid('378282246310005')).toBe(true);
  });
});
