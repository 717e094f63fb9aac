/**
 * Case and accent folding for search: "Müller" and "MULLER" both become "muller", "São" becomes "sao".
 *
 * Folding works one code point at a time, so a folded text can be mapped back to the original (to
 * highlight what matched) and the text searched and the words searched for are folded alike. A code point
 * folds to its lowercase with combining marks removed (NFD); a few fold to more than one character
 * ("İ" to "i"), none to a different count of code points in the original.
 */

const COMBINING_MARKS = /\p{M}/gu;
/**
 * Anything beyond printable ASCII, tab, line breaks and NUL (the field separator): folding leaves those
 * as they are, apart from case.
 */
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\u0000\t\n\r -~]/;

const foldedCodePoints = new Map<string, string>();

function foldCodePoint(char: string): string {
  let folded = foldedCodePoints.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
    foldedCodePoints.set(char, folded);
  }
  return folded;
}

/** Lowercased without accents, so "muller" finds "Müller" and "MARY" finds "mary". */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII, where there is nothing to fold but case.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) out += foldCodePoint(char);
  return out;
}

export type FoldedText = {
  folded: string;
  /** For each UTF-16 unit of `folded` (and one past its end), where it starts in the original text. */
  origin: Uint32Array;
};

/** The folded text with a map back to the original, for highlighting. */
export function foldWithOrigin(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const char of text) {
    const piece = foldCodePoint(char);
    for (let i = 0; i < piece.length; i++) origin.push(at);
    folded += piece;
    at += char.length;
  }
  origin.push(at);
  return { folded, origin: Uint32Array.from(origin) };
}
