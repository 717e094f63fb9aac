import { describe, expect, it } from 'vitest';
import { emptyVisitor } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { foldForSearch } from './fold';
import { parseSearchQuery } from './parse-query';
import { searchableText } from './searchable-text';
import { TextIndex } from './text-index';

const refund = makeConversation({
  id: 'c0',
  visitor: { ...emptyVisitor, name: 'José Núñez', email: 'jose@example.org', phone: '+46 70 123 45 67' },
  messages: [
    makeMessage({ id: 'm1', text: 'Can I get a refund for a double charge?' }),
    makeMessage({
      id: 'm2',
      text: 'I have refunded the second one.',
      translations: { sv: 'Jag har återbetalat' },
    }),
  ],
});
const invoice = makeConversation({
  id: 'c1',
  visitor: { ...emptyVisitor, ip: '203.0.113.9', id: 'V-77', pageUrl: 'https://shop.example.com/pricing' },
  messages: [
    makeMessage({ text: 'Please call me back about my invoice.' }),
    makeMessage({ text: 'Double it.' }),
  ],
});
const saoPaulo = makeConversation({
  id: 'c2',
  visitor: { ...emptyVisitor, name: 'Ana', location: 'São Paulo, Brazil' },
  messages: [makeMessage({ text: 'Entrega em São Paulo?' }), makeMessage({ text: 'charge' })],
});
const imbox = makeConversation({ id: 'c3', vendor: 'imbox', messages: null });

function indexed() {
  const index = new TextIndex();
  const all = [refund, invoice, saoPaulo, imbox];
  index.put(
    all.map((_, i) => i),
    all.map(searchableText),
  );
  return index;
}

function find(index: TextIndex, text: string): number[] {
  return [...index.search(parseSearchQuery(text))];
}

describe('the search index', () => {
  it('finds words in message text and translations', () => {
    const index = indexed();
    expect(find(index, 'refund')).toEqual([0]);
    expect(find(index, 'invoice')).toEqual([1]);
    expect(find(index, 'aterbetalat')).toEqual([0]);
  });

  it('finds the visitor id, phone, IP and page address', () => {
    const index = indexed();
    expect(find(index, 'v-77')).toEqual([1]);
    expect(find(index, '123 45')).toEqual([0]);
    expect(find(index, '"70 123 45"')).toEqual([0]);
    expect(find(index, '203.0.113')).toEqual([1]);
    expect(find(index, 'example.com/pricing')).toEqual([1]);
  });

  it('needs every word, anywhere in the conversation, in any order', () => {
    const index = indexed();
    // c2 says "charge" but not "double"; c1 says "Double" but not "charge".
    expect(find(index, 'double charge')).toEqual([0]);
    expect(find(index, 'charge double')).toEqual([0]);
    expect(find(index, 'double')).toEqual([0, 1]);
  });

  it('finds a quoted phrase only where its words stand together', () => {
    const index = indexed();
    expect(find(index, '"double charge"')).toEqual([0]);
    expect(find(index, '"charge double"')).toEqual([]);
    // "second one." ends one message and "Double" starts... another conversation's: never across fields.
    expect(find(index, '"one. can"')).toEqual([]);
  });

  it('ignores case and accents on both sides', () => {
    const index = indexed();
    expect(find(index, 'sao paulo')).toEqual([2]);
    expect(find(index, 'SÃO')).toEqual([2]);
    expect(find(index, 'nunez jose')).toEqual([0]);
  });

  it('matches the last word as a prefix while typing, and any part of a word', () => {
    const index = indexed();
    expect(find(index, 'refu')).toEqual([0]);
    expect(find(index, 'refun')).toEqual([0]);
    expect(find(index, 'efund')).toEqual([0]);
  });

  it('does not search the location, and finds nothing in a transcript not held yet', () => {
    const index = indexed();
    expect(find(index, 'brazil')).toEqual([]);
    expect(find(index, 'c3')).toEqual([3]);
  });

  it('answers again after documents change, narrowing or not', () => {
    const index = indexed();
    expect(find(index, 'refu')).toEqual([0]);
    index.put([3], [searchableText({ ...imbox, messages: [makeMessage({ text: 'a refund please' })] })]);
    expect(find(index, 'refund')).toEqual([0, 3]);
    expect(find(index, 'refund please')).toEqual([3]);
    expect(find(index, 'refund')).toEqual([0, 3]);
    expect(index.stats().documents).toBe(4);
  });

  it('finds nothing for an empty search', () => {
    expect(find(indexed(), '  ')).toEqual([]);
  });
});

describe('the word index behind the search', () => {
  // Documents and terms built from a small alphabet of word parts and separators, so that terms land
  // inside words, across word edges and across punctuation alike.
  const parts = ['re', 'fund', 'ø', 'é', '7', '42', 'a', '@', '.', ' ', '-', '+', 'x'];
  function pick(random: () => number, length: number): string {
    let text = '';
    for (let i = 0; i < length; i++) text += parts[Math.floor(random() * parts.length)];
    return text;
  }
  function seeded(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
      return state / 2_147_483_648;
    };
  }

  it('answers exactly what testing every document would, for terms inside, across and between words', () => {
    const random = seeded(7);
    const texts = Array.from({ length: 300 }, () => pick(random, 12));
    const index = new TextIndex();
    index.put(
      texts.map((_, i) => i),
      texts,
    );
    for (let q = 0; q < 300; q++) {
      const terms = [foldForSearch(pick(random, 1 + Math.floor(random() * 3)))].filter(
        (term) => term.trim() !== '',
      );
      if (terms.length === 0) continue;
      const expected = texts.flatMap((text, id) =>
        terms.every((term) => foldForSearch(text).includes(term)) ? [id] : [],
      );
      expect([...index.search({ terms })], JSON.stringify(terms)).toEqual(expected);
    }
  });

  it('stays exact for several terms and for documents sent again with other words', () => {
    const random = seeded(11);
    const texts = Array.from({ length: 300 }, () => pick(random, 12));
    const index = new TextIndex();
    index.put(
      texts.map((_, i) => i),
      texts,
    );
    // Searched once first: the word index then extends what it built rather than starting again.
    index.search({ terms: ['re'] });
    // A third of the documents are sent again with other text: their old words must not make them hits.
    const again = texts.flatMap((_, i) => (i % 3 === 0 ? [i] : []));
    for (const id of again) texts[id] = pick(random, 12);
    index.put(
      again,
      again.map((id) => texts[id] as string),
    );
    for (let q = 0; q < 300; q++) {
      const terms = [...new Set(Array.from({ length: 1 + (q % 3) }, () => foldForSearch(pick(random, 2))))]
        .filter((term) => term.trim() !== '')
        .sort((a, b) => b.length - a.length);
      if (terms.length === 0) continue;
      const expected = texts.flatMap((text, id) =>
        terms.every((term) => foldForSearch(text).includes(term)) ? [id] : [],
      );
      expect([...index.search({ terms })], JSON.stringify(terms)).toEqual(expected);
    }
  });

  it('finds a document by the words it gained when it was sent again', () => {
    const index = new TextIndex();
    index.put([0, 1], ['nothing yet', 'a refund']);
    index.put([0], ['double charge, refund']);
    expect([...index.search({ terms: ['refund'] })]).toEqual([0, 1]);
    expect([...index.search({ terms: ['nothing'] })]).toEqual([]);
  });
});
