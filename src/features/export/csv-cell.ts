/**
 * One CSV cell, quoted exactly as the conversations CSV quotes it (papaparse's `unparse` with
 * `escapeFormulae: /^[=+\-@\t\r]/`): a formula-looking text gets a leading `'` and quotes; a text with a
 * comma, quote, line break, BOM or an outer space is quoted, quotes doubled. Written out because a
 * million-message file calls it eight million times and Papa's per-call setup doubled the time; the
 * test checks it against Papa on every shape.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n\uFEFF]|^ | $/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A record: its cells joined by commas, ending in CRLF (RFC 4180). */
export function csvRecord(cells: ReadonlyArray<string | number | null>): string {
  let line = '';
  for (let index = 0; index < cells.length; index += 1) {
    if (index > 0) line += ',';
    line += csvCell(cells[index] ?? null);
  }
  return `${line}\r\n`;
}
