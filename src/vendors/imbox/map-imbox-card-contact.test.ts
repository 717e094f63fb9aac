import { describe, expect, it } from 'vitest';
import cardsSample from './__fixtures__/grab-visitor-cards.json';
import { imboxEnvelope, visitorCardSchema } from './imbox-api';
import { mapImBoxCardEmail, mapImBoxCardName, mapImBoxCardPhone } from './map-imbox-card-contact';

const documentedCards = imboxEnvelope(visitorCardSchema).parse(cardsSample).json.items;

/** `grabVisitorCards` answers shaped like the documented sample, with the cards' own texts and times. */
function cards(...items: Array<{ data: string; updatedDate?: string }>) {
  const answer = {
    ...cardsSample,
    json: items.map((item, index) => ({
      ...cardsSample.json[0],
      dataID: String(index + 1),
      data: item.data,
      updatedDate: item.updatedDate ?? cardsSample.json[0]?.updatedDate,
    })),
  };
  return imboxEnvelope(visitorCardSchema).parse(answer).json.items;
}

describe("the visitor's e-mail from ImBox visitor cards", () => {
  it('is none for the documented sample, which holds a name only', () => {
    expect(mapImBoxCardEmail(documentedCards)).toBeNull();
  });

  it('is found whatever the site called it, lowercased', () => {
    for (const data of [
      'E-mail: Jane.Doe@Example.org',
      'Email - jane.doe@example.org',
      'Contact: Jane Doe <jane.doe@example.org>',
      'jane.doe@example.org',
      'Write to jane.doe@example.org.',
      '{"email":"jane.doe@example.org"}',
    ]) {
      expect(mapImBoxCardEmail(cards({ data: 'Name: Jane Doe' }, { data })), data).toBe(
        'jane.doe@example.org',
      );
    }
  });

  it('is none when no card holds a valid address', () => {
    expect(
      mapImBoxCardEmail(cards({ data: 'Twitter: @janedoe' }, { data: 'E-mail: jane@localhost' })),
    ).toBeNull();
    expect(mapImBoxCardEmail([])).toBeNull();
  });

  it("takes the newest card's address when the visitor gave another later", () => {
    const corrected = cards(
      { data: 'E-mail: old@example.org', updatedDate: '2024-03-01T10:00:00.000Z' },
      { data: 'E-mail: new@example.org', updatedDate: '2024-03-01T10:05:00.000Z' },
      { data: 'Phone: +46 70 123 45 67', updatedDate: '2024-03-01T10:09:00.000Z' },
    );
    expect(mapImBoxCardEmail(corrected)).toBe('new@example.org');
  });
});

describe("the visitor's phone from ImBox visitor cards", () => {
  it('is found in a card whose label names a phone, as the site wrote it', () => {
    for (const [data, phone] of [
      ['Phone: +46 70 123 45 67', '+46 70 123 45 67'],
      ['Tel - (555) 010-0100', '(555) 010-0100'],
      ['Mobile number = 0701234567', '0701234567'],
      ['Telefon: 08-123 456 78', '08-123 456 78'],
    ] as const) {
      expect(mapImBoxCardPhone(cards({ data: 'Name: Jane Doe' }, { data })), data).toBe(phone);
    }
  });

  it('is none for numbers under another label, or text that is no number', () => {
    for (const data of [
      'Name: John Doe',
      'Order: 1234567',
      'Hotel: 12345678',
      'Phone: call me after five',
      'Phone: 12 34',
    ]) {
      expect(mapImBoxCardPhone(cards({ data })), data).toBeNull();
    }
  });

  it("takes the newest phone card's number", () => {
    const corrected = cards(
      { data: 'Phone: 070 111 11 11', updatedDate: '2024-03-01T10:00:00.000Z' },
      { data: 'Phone: 070 222 22 22', updatedDate: '2024-03-01T10:05:00.000Z' },
      { data: 'E-mail: jane@example.org', updatedDate: '2024-03-01T10:09:00.000Z' },
    );
    expect(mapImBoxCardPhone(corrected)).toBe('070 222 22 22');
  });
});

describe("the visitor's name from ImBox visitor cards", () => {
  it('is the documented sample\'s "Name: John Doe"', () => {
    expect(mapImBoxCardName(documentedCards)).toBe('John Doe');
  });

  it('is read from a label that is a name and nothing else', () => {
    for (const data of ['Full name: Jane Doe', 'Your name - Jane Doe', 'Namn: Jane Doe'])
      expect(mapImBoxCardName(cards({ data })), data).toBe('Jane Doe');
    for (const data of ['Company name: Acme', 'Username: jdoe', 'E-mail: jane@example.org'])
      expect(mapImBoxCardName(cards({ data })), data).toBeNull();
  });
});
