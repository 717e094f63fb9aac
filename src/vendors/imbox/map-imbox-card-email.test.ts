import { describe, expect, it } from 'vitest';
import cardsSample from './__fixtures__/grab-visitor-cards.json';
import { imboxEnvelope, visitorCardSchema } from './imbox-api';
import { mapImBoxCardEmail } from './map-imbox-card-email';

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
    expect(mapImBoxCardEmail(imboxEnvelope(visitorCardSchema).parse(cardsSample).json.items)).toBeNull();
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
