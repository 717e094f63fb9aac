import { describe, expect, it } from 'vitest';
import sample from './__fixtures__/chat-history-v1-sample.json';
import { mapSocialIntentsCustomVariables } from './map-socialintents-custom-variables';
import { socialIntentsChatSchema } from './socialintents-api';

const sampleChat = sample.chats[0] as (typeof sample.chats)[number];
const variablesOf = (changes: Record<string, unknown>) =>
  mapSocialIntentsCustomVariables(socialIntentsChatSchema.parse({ ...sampleChat, ...changes }));

describe('Social Intents custom fields and visitorParams', () => {
  it('finds none in the documented sample', () => {
    expect(variablesOf({})).toEqual([]);
  });

  it('keeps visitorCustom1..6 by field name, leaving blanks out', () => {
    expect(variablesOf({ visitorCustom1: 'Gold plan', visitorCustom2: ' ' })).toEqual([
      { name: 'visitorCustom1', value: 'Gold plan' },
    ]);
  });

  it('reads visitorParams as an object, a JSON string or a query string', () => {
    const expected = [{ name: 'plan', value: 'gold' }];
    expect(variablesOf({ visitorParams: { plan: 'gold' } })).toEqual(expected);
    expect(variablesOf({ visitorParams: '{"plan":"gold"}' })).toEqual(expected);
    expect(variablesOf({ visitorParams: '?plan=gold' })).toEqual(expected);
    expect(variablesOf({ visitorParams: 'just text' })).toEqual([
      { name: 'visitorParams', value: 'just text' },
    ]);
  });
});
