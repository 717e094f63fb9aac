import { describe, expect, it } from 'vitest';
import { narrows, parseSearchQuery } from './parse-query';

function terms(text: string) {
  return [...parseSearchQuery(text).terms].sort();
}

describe('reading a search', () => {
  it('splits words, folded, without repeats', () => {
    expect(terms('  Refund  INVOICE refund ')).toEqual(['invoice', 'refund']);
    expect(terms('Müller')).toEqual(['muller']);
    expect(terms('')).toEqual([]);
    expect(terms('   ')).toEqual([]);
  });

  it('keeps a quoted phrase whole, spaces inside it made single', () => {
    expect(terms('"double  charge" refund')).toEqual(['double charge', 'refund']);
    expect(terms('"São Paulo"')).toEqual(['sao paulo']);
  });

  it('reads a quote still being typed as a phrase to the end', () => {
    expect(terms('refund "double cha')).toEqual(['double cha', 'refund']);
    expect(terms('""')).toEqual([]);
  });

  it('puts the longest term first', () => {
    expect(parseSearchQuery('a refund "double charge"').terms).toEqual(['double charge', 'refund', 'a']);
  });

  it('never holds the field separator', () => {
    expect(terms('a\u0000b')).toEqual(['a', 'b']);
  });

  it('knows when typing on can only narrow the answer', () => {
    const q = parseSearchQuery;
    expect(narrows(q('refu'), q('refund'))).toBe(true);
    expect(narrows(q('double'), q('"double charge"'))).toBe(true);
    expect(narrows(q('refund'), q('refund invoice'))).toBe(true);
    expect(narrows(q('refund invoice'), q('refund'))).toBe(false);
    expect(narrows(q('refund'), q('refun'))).toBe(false);
    expect(narrows(q(''), q('refund'))).toBe(false);
  });
});
