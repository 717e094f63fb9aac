import { describe, expect, it } from 'vitest';
import { foldForSearch, foldWithOrigin } from './fold';

describe('folding for search', () => {
  it('drops case and accents', () => {
    expect(foldForSearch('Müller')).toBe('muller');
    expect(foldForSearch('São Paulo')).toBe('sao paulo');
    expect(foldForSearch('ÅNGSTRÖM Núñez')).toBe('angstrom nunez');
    expect(foldForSearch('MARY.Brown@Example.ORG')).toBe('mary.brown@example.org');
  });

  it('folds accents written as separate combining marks too', () => {
    expect(foldForSearch('Mu\u0308ller')).toBe('muller');
  });

  it('leaves the field separator and letters without accents alone', () => {
    expect(foldForSearch('a\u0000B')).toBe('a\u0000b');
    expect(foldForSearch('李雷 Søren')).toBe('李雷 søren');
  });

  it('maps every folded character back to where it stood', () => {
    const text = 'Zoë 😀 Mu\u0308ller';
    const { folded, origin } = foldWithOrigin(text);
    expect(folded).toBe('zoe 😀 muller');
    const at = folded.indexOf('muller');
    expect(text.slice(origin[at], origin[at + 'muller'.length])).toBe('Mu\u0308ller');
    const zoe = folded.indexOf('zoe');
    expect(text.slice(origin[zoe], origin[zoe + 3])).toBe('Zoë');
  });
});
