import { describe, expect, it } from 'vitest';
import { unreadableSentence } from './vendor-status-strip';

describe('the vendor status sentence for items left out', () => {
  it('says how many items the vendor sent that could not be read', () => {
    expect(unreadableSentence({ label: 'LiveChat', unreadable: 2 })).toBe(
      '2 items LiveChat sent could not be read',
    );
    expect(unreadableSentence({ label: 'ImBox', unreadable: 1 })).toBe('1 item ImBox sent could not be read');
  });
});
