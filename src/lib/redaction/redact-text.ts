import { findPhoneNumbersInText } from 'libphonenumber-js/min';

/**
 * Personal data in free text (message text and translations) replaced on the way out of Backscroll:
 * e-mail addresses become `[email]`, payment-card numbers `[card]`, phone numbers `[phone]`. Everything
 * else, dates, times, prices and order numbers included, is left as it was. The limits are in the README
 * ("Redaction").
 */
export const REDACTED = { email: '[email]', phone: '[phone]', card: '[card]' } as const;

/**
 * An address as people type it: dots, `+` tags and other atext in the local part, any number of
 * subdomains, a letter TLD. Not RFC 5322 in full (quoted local parts are not chat text).
 */
const EMAIL =
  /[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,63}\b/g;

/** 13 to 19 digits, optionally grouped by single spaces or dashes ("4111 1111 1111 1111", "4111-1111-…"). */
const CARD_CANDIDATE = /(?<![\d.,])\d(?:[ -]?\d){12,18}(?![\d]|[.,]\d)/g;

/**
 * What might be a phone number written without a country code: digits with the separators people use
 * (spaces, dashes, dots, parentheses), optionally led by `+` or `00`. Not preceded by a letter, `#`, `/`
 * or a dash (order numbers like `ORD-2026-001234`, `#4411`, paths) and not followed by one.
 */
const PHONE_CANDIDATE = /(?<![\w#/@(+-])(?:\+\(?|\()?\d[\d ().-]{5,}\d\)?(?![\w/@]|[.,-]?\d)/g;

/** Seven digits within a short stretch: anything shorter can be neither a phone nor a card number. */
const MIGHT_HOLD_NUMBER = /\d(?:[^\d\n]{0,3}\d){6}/;

const DATE_LIKE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$/;
const THOUSANDS = /^[1-9]\d{0,2}(?:[ .,]\d{3})+$/;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

function redactCards(text: string): string {
  return text.replace(CARD_CANDIDATE, (candidate) => {
    const digits = candidate.replace(/[ -]/g, '');
    return luhnValid(digits) ? REDACTED.card : candidate;
  });
}

/** International numbers (`+46 70 123 45 67`, `+1-202-555-0143`) as libphonenumber-js validates them. */
function redactInternationalPhones(text: string): string {
  if (!text.includes('+')) return text;
  const found = findPhoneNumbersInText(text);
  if (found.length === 0) return text;
  let result = '';
  let cursor = 0;
  for (const match of found) {
    result += text.slice(cursor, match.startsAt) + REDACTED.phone;
    cursor = match.endsAt;
  }
  return result + text.slice(cursor);
}

/**
 * Numbers in a national or `00` form (`070-123 45 67`, `(415) 555-2671`, `0044 20 7946 0958`), which
 * libphonenumber-js can only find when told the country. Kept: dates, thousands-grouped amounts, IPv4
 * addresses, and runs of digits without any separator that do not start with 0 or `+` (order numbers).
 */
function redactOtherPhones(text: string): string {
  return text.replace(PHONE_CANDIDATE, (candidate) => {
    const trimmed = candidate.replace(/^\((?=[^)]*$)|(?<=^[^(]*)\)$/g, '');
    const digits = trimmed.replace(/\D/g, '');
    const international = trimmed.startsWith('+') || trimmed.startsWith('00');
    if (digits.length < 7 || digits.length > (international ? 15 : 12)) return candidate;
    if (DATE_LIKE.test(trimmed) || IPV4.test(trimmed)) return candidate;
    if (THOUSANDS.test(trimmed)) return candidate;
    const separated = /[ ().-]/.test(trimmed);
    if (!separated && !international && !trimmed.startsWith('0')) return candidate;
    if (digits.length < 8 && !trimmed.includes('(') && !international) return candidate;
    return REDACTED.phone;
  });
}

export function redactText(text: string): string {
  let result = text.includes('@') ? text.replace(EMAIL, REDACTED.email) : text;
  if (!MIGHT_HOLD_NUMBER.test(result)) return result;
  result = redactCards(result);
  result = redactInternationalPhones(result);
  return redactOtherPhones(result);
}
