import { describe, expect, it } from 'vitest';
import agentsSample from './__fixtures__/grab-agents.json';
import conversationSample from './__fixtures__/grab-conversation.json';
import cardsSample from './__fixtures__/grab-visitor-cards.json';
import infoSample from './__fixtures__/grab-visitor-info.json';
import labelsSample from './__fixtures__/grab-visitor-labels.json';
import tagsSample from './__fixtures__/grab-visitor-tags.json';
import {
  agentSchema,
  imboxEnvelope,
  messageRowSchema,
  visitorCardSchema,
  visitorInfoSchema,
  visitorLabelSchema,
  visitorTagSchema,
} from './imbox-api';
import { transcriptDetailSchema } from '../../model/conversation';
import {
  normalizeImBoxTranscript as normalizeUnchecked,
  type ImBoxTranscriptInput,
} from './normalize-imbox-transcript';

/** Parsed by the model's schema: the contract every vendor's lazily fetched transcript fills. */
const normalizeImBoxTranscript = (input: ImBoxTranscriptInput) =>
  transcriptDetailSchema.parse(normalizeUnchecked(input));

const parse = imboxEnvelope;
const sampleInput: ImBoxTranscriptInput = {
  conversationId: 'V1',
  messages: parse(messageRowSchema).parse(conversationSample).json.items,
  visitorInfo: parse(visitorInfoSchema).parse(infoSample).json.items,
  tags: parse(visitorTagSchema).parse(tagsSample).json.items,
  labels: parse(visitorLabelSchema).parse(labelsSample).json.items,
  cards: parse(visitorCardSchema).parse(cardsSample).json.items,
  agents: parse(agentSchema).parse(agentsSample).json.items,
  timeZone: 'Europe/Stockholm',
};

describe('an ImBox transcript from the documented samples', () => {
  const detail = normalizeImBoxTranscript(sampleInput);

  it("keeps agentID beside each role: the agent's id, 0 for the visitor, null for the system", () => {
    expect(detail.messages.map((message) => [message.role, message.roleRaw])).toEqual([
      ['agent', '1'],
      ['agent', '1'],
      ['system', null],
      ['visitor', '0'],
    ]);
  });

  it('takes the visitor name from the type-0 tag and only type-1 tags as tags', () => {
    expect(detail.visitor.name).toBe('John Doe');
    expect(detail.tags).toEqual(['Custom tag']);
    expect(detail.messages.find((message) => message.role === 'visitor')?.authorName).toBe('John Doe');
  });

  it('names agents from grabAgents', () => {
    expect(detail.messages[0]).toMatchObject({ role: 'agent', authorName: 'John Doe', text: 'Hello' });
  });

  it('adds the visitor facts grabVisitorInfo knows, and leaves the rest unset', () => {
    expect(detail.visitor).toEqual({
      name: 'John Doe',
      location: 'Stockholm, Sweden',
      userAgent: 'Chrome 50.0.0 on Windows 7 0.0.0',
      pageUrl: 'https://imbox.se/',
      referrer: 'Direct',
    });
  });

  it('keeps labels as names', () => {
    expect(detail.labels).toEqual([
      { name: 'Support', value: '' },
      { name: 'BankId Verified', value: '' },
    ]);
  });

  it('lists visitor info and cards as details, the last visit in the viewer timezone', () => {
    expect(detail.details).toEqual([
      { name: 'Traffic', value: 'Direct' },
      { name: 'Browser', value: 'Chrome 50.0.0' },
      { name: 'Operating system', value: 'Windows 7 0.0.0' },
      { name: 'Last visit', value: '2020-01-01 01:00' },
      { name: 'Exit page', value: 'https://imbox.se/' },
      { name: 'Card', value: 'Name: John Doe' },
    ]);
  });

  it('keeps every answer as ImBox sent it', () => {
    expect(detail.raw).toMatchObject({ conversation: conversationSample.json, cards: cardsSample.json });
  });
});

describe('ImBox visitor name tags', () => {
  it('takes the newest name when the visitor was renamed', () => {
    const tags = parse(visitorTagSchema).parse({
      result: 'success',
      json: [
        { tag: 'Johnny', type: 0, createdDate: '2020-01-02T00:00:00.000Z' },
        { tag: 'John Doe', type: 0, createdDate: '2020-01-01T00:00:00.000Z' },
        { tag: 'vip', type: '1' },
      ],
    }).json.items;
    const detail = normalizeImBoxTranscript({ ...sampleInput, tags });
    expect(detail.visitor.name).toBe('Johnny');
    expect(detail.tags).toEqual(['vip']);
  });

  it('takes the name from a card when no tag gives one, as in the documented cards sample', () => {
    const detail = normalizeImBoxTranscript({ ...sampleInput, tags: [] });
    expect(detail.visitor.name).toBe('John Doe');
    expect(detail.messages.find((message) => message.role === 'visitor')?.authorName).toBe('John Doe');
  });

  it("keeps ImBox's own name (the type-0 tag) over a card's", () => {
    const cards = parse(visitorCardSchema).parse({
      result: 'success',
      json: [{ dataID: '1', data: 'Name: Someone Else' }],
    }).json.items;
    expect(normalizeImBoxTranscript({ ...sampleInput, cards }).visitor.name).toBe('John Doe');
  });

  it('leaves the name unset when no tag or card gives one', () => {
    const detail = normalizeImBoxTranscript({ ...sampleInput, tags: [], cards: [], visitorInfo: [] });
    expect(detail.visitor).toEqual({});
    expect(detail.messages.find((message) => message.role === 'visitor')?.authorName).toBeNull();
  });
});
