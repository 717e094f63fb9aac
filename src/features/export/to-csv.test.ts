import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { emptyVisitor, type Conversation } from '../../model/conversation';
import { makeConversation, makeMessage } from '../../testing/make-conversation';
import { toCsv, type CsvOptions } from './to-csv';

const HEADER =
  'vendor,id,started_at,duration_seconds,status,visitor_name,visitor_email,agents,tags,rating,message_count,page_url';

const stockholm: CsvOptions = { timeZone: 'Europe/Stockholm', includeTranscripts: false, excelBom: false };

/** Parses what a spreadsheet would read, so tests assert cells rather than quoting details. */
function cells(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function row(conversation: Conversation, options: CsvOptions = stockholm): Record<string, string> {
  const [header, values] = cells(toCsv([conversation], options));
  return Object.fromEntries((header ?? []).map((name, index) => [name, values?.[index] ?? '']));
}

describe('CSV export', () => {
  it('starts with exactly the documented header and ends every record with CRLF', () => {
    const csv = toCsv([makeConversation()], stockholm);
    expect(csv.startsWith(`${HEADER}\r\n`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(toCsv([], stockholm)).toBe(`${HEADER}\r\n`);
  });

  it('writes every column of a conversation', () => {
    const conversation = makeConversation({
      vendor: 'snapengage',
      id: '8b7c3b3b-f5d7-4e58-96d8',
      startedAt: Date.parse('2026-11-02T10:00:00Z'),
      durationSeconds: 15,
      status: 'answered',
      visitor: {
        ...emptyVisitor,
        name: 'Jim Tester',
        email: 'test@example.com',
        pageUrl: 'http://www.snapengage.com/demo',
      },
      agents: [
        { name: 'John Doe', email: null, id: null },
        { name: 'Sofia Lind', email: null, id: null },
      ],
      supervisors: [{ name: 'Jane Doe', email: null, id: null }],
      tags: ['billing', 'vip'],
      rating: { value: 'good', raw: 'rated_good', score: 1 },
      messageCount: 3,
    });
    expect(row(conversation)).toEqual({
      vendor: 'snapengage',
      id: '8b7c3b3b-f5d7-4e58-96d8',
      started_at: '2026-11-02T11:00:00+01:00',
      duration_seconds: '15',
      status: 'answered',
      visitor_name: 'Jim Tester',
      visitor_email: 'test@example.com',
      agents: 'John Doe; Sofia Lind',
      tags: 'billing; vip',
      rating: 'good',
      message_count: '3',
      page_url: 'http://www.snapengage.com/demo',
    });
  });

  it('leaves unknown values empty rather than writing null or 0', () => {
    const values = row(
      makeConversation({
        status: 'missed',
        durationSeconds: null,
        visitor: { ...emptyVisitor },
        agents: [],
        rating: null,
        messages: null,
        messageCount: null,
      }),
    );
    expect(values).toMatchObject({
      duration_seconds: '',
      visitor_name: '',
      visitor_email: '',
      agents: '',
      tags: '',
      rating: '',
      message_count: '',
      page_url: '',
    });
  });

  it('writes started_at with the offset in force on that day in the viewer timezone (DST)', () => {
    const winter = row(makeConversation({ startedAt: Date.parse('2026-03-29T00:30:00Z') }));
    const summer = row(makeConversation({ startedAt: Date.parse('2026-03-29T01:30:00Z') }));
    expect(winter.started_at).toBe('2026-03-29T01:30:00+01:00');
    expect(summer.started_at).toBe('2026-03-29T03:30:00+02:00');
    const newYork = row(makeConversation({ startedAt: Date.parse('2026-11-02T10:00:00Z') }), {
      ...stockholm,
      timeZone: 'America/New_York',
    });
    expect(newYork.started_at).toBe('2026-11-02T05:00:00-05:00');
  });

  it('quotes commas, quotes and line breaks so each conversation stays one record', () => {
    const conversation = makeConversation({
      visitor: { ...emptyVisitor, name: 'Brown, Mary "MB"\nSecond line' },
      tags: ['a,b'],
    });
    const csv = toCsv([conversation], stockholm);
    expect(csv).toContain('"Brown, Mary ""MB""\nSecond line"');
    const parsed = cells(csv);
    expect(parsed).toHaveLength(2);
    expect(parsed[1]?.[5]).toBe('Brown, Mary "MB"\nSecond line');
    expect(parsed[1]?.[8]).toBe('a,b');
  });

  it('neutralizes cells a spreadsheet would run as a formula, but not numbers', () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '+1',
      '-2',
      '@a',
      '\tX',
      '\rY',
      '-1+1',
      '=1+1\nsecond line',
    ];
    const csv = toCsv(
      hostile.map((name, index) =>
        makeConversation({ id: `C${index}`, visitor: { ...emptyVisitor, name }, durationSeconds: -5 }),
      ),
      stockholm,
    );
    const names = cells(csv)
      .slice(1)
      .map((values) => values[5]);
    expect(names).toEqual(hostile.map((name) => `'${name}`));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    // A number is data, not a formula: it must stay a number.
    expect(cells(csv)[1]?.[3]).toBe('-5');
  });

  it('keeps non-ASCII names intact, and adds the Excel BOM only when asked', () => {
    const conversation = makeConversation({ visitor: { ...emptyVisitor, name: 'Zoë Ångström 李雷' } });
    const plain = toCsv([conversation], stockholm);
    const excel = toCsv([conversation], { ...stockholm, excelBom: true });
    expect(plain.charCodeAt(0)).toBe('v'.charCodeAt(0));
    expect(excel.charCodeAt(0)).toBe(0xfeff);
    expect(excel.slice(1)).toBe(plain);
    expect(row(conversation).visitor_name).toBe('Zoë Ångström 李雷');
    const bytes = new TextEncoder().encode(excel);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('adds a transcript column: one line per message, system events in words, translations appended', () => {
    const start = Date.parse('2026-11-02T10:00:00Z');
    const conversation = makeConversation({
      vendor: 'imbox',
      messages: [
        makeMessage({
          id: '1',
          role: 'system',
          authorName: null,
          text: '{"type":"visitorJoin","currentPage":"https://example.org/support"}',
          at: start,
          event: { type: 'visitorJoin', data: { currentPage: 'https://example.org/support' } },
        }),
        makeMessage({
          id: '2',
          text: 'Hola,\nsoy Mary',
          at: start + 5000,
          translations: { en: 'Hello, I am Mary' },
        }),
        makeMessage({
          id: '3',
          role: 'agent',
          authorName: 'John Doe',
          text: 'Hi "Mary"',
          at: start + 65_000,
        }),
        makeMessage({
          id: '4',
          role: 'supervisor',
          authorName: 'Jane Doe',
          text: 'Nice',
          at: start + 70_000,
        }),
        makeMessage({
          id: '5',
          role: 'visitor',
          authorName: null,
          text: 'See file',
          at: null,
          attachments: [
            { name: 'shot.png', url: 'https://files.example/shot.png', contentType: 'image/png' },
          ],
        }),
      ],
    });
    const csv = toCsv([conversation], { ...stockholm, includeTranscripts: true });
    expect(csv.startsWith(`${HEADER},transcript\r\n`)).toBe(true);
    expect(row(conversation, { ...stockholm, includeTranscripts: true }).transcript).toBe(
      [
        '[2026-11-02 11:00:00 +01:00] System: Visitor joined on https://example.org/support',
        '[2026-11-02 11:00:05 +01:00] Mary Brown: Hola, soy Mary (en: Hello, I am Mary)',
        '[2026-11-02 11:01:05 +01:00] John Doe: Hi "Mary"',
        '[2026-11-02 11:01:10 +01:00] Jane Doe (supervisor): Nice',
        'Visitor: See file [attachment: shot.png https://files.example/shot.png]',
      ].join('\n'),
    );
  });

  it('says in the transcript cell why a transcript could not be fetched', () => {
    const conversation = makeConversation({ vendor: 'imbox', id: 'V9', messages: null });
    const values = row(conversation, {
      ...stockholm,
      includeTranscripts: true,
      unavailableTranscripts: new Map([['imbox:V9', 'ImBox answered 502']]),
    });
    expect(values.transcript).toBe('(transcript unavailable: ImBox answered 502)');
  });
});

describe('transcript lines in the display timezone', () => {
  it('carry the date, the time and the offset of that zone, across a daylight-saving change', () => {
    // 2026-03-08 is the US change to daylight time: 06:59:59Z is 01:59:59 EST, 07:00:00Z is 03:00:00 EDT.
    const conversation = makeConversation({
      messages: [
        makeMessage({ id: '1', text: 'before', at: Date.parse('2026-03-08T06:59:59Z') }),
        makeMessage({ id: '2', text: 'after', at: Date.parse('2026-03-08T07:00:00Z') }),
      ],
    });
    const transcript = row(conversation, {
      ...stockholm,
      timeZone: 'America/New_York',
      includeTranscripts: true,
    }).transcript;
    expect(transcript?.split('\n').map((line) => line.slice(0, 28))).toEqual([
      '[2026-03-08 01:59:59 -05:00]',
      '[2026-03-08 03:00:00 -04:00]',
    ]);
    const tokyo = row(conversation, {
      ...stockholm,
      timeZone: 'Asia/Tokyo',
      includeTranscripts: true,
    }).transcript;
    expect(tokyo?.startsWith('[2026-03-08 15:59:59 +09:00]')).toBe(true);
    const utc = row(conversation, { ...stockholm, timeZone: 'UTC', includeTranscripts: true }).transcript;
    expect(utc?.startsWith('[2026-03-08 06:59:59 +00:00]')).toBe(true);
  });
});
