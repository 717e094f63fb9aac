import { describe, expect, it } from 'vitest';
import { checkAnswerLink, checkNextLink } from './snapengage-next-link';

const firstPage = new URL(
  'https://www.snapengage.com/api/v2/org/logs?widgetId=w&start=2026-11-01&end=2026-11-07',
);
const page = (query: string) =>
  `https://www.snapengage.com/api/v2/org/logs?widgetId=w&start=2026-11-01&end=2026-11-07${query}`;

describe('checkNextLink', () => {
  it('accepts the first page plus one paging parameter, in any order', () => {
    expect(checkNextLink(page('&next=tok'), firstPage).ok).toBe(true);
    expect(checkNextLink(page('&offset=100'), firstPage).ok).toBe(true);
    const reordered =
      'https://www.snapengage.com/api/v2/org/logs?end=2026-11-07&offset=100&start=2026-11-01&widgetId=w';
    expect(checkNextLink(reordered, firstPage).ok).toBe(true);
  });

  it('refuses anything more or other than that', () => {
    for (const link of [
      page(''),
      page('&next=a&offset=100'),
      page('&offset=-1'),
      page('&offset=1e3'),
      page('&next=a&widgetId=w'),
      page('&next=a#frag'),
      page('&next=a').replace('https://', 'http://'),
      page('&next=a').replace('/logs', '/logs/'),
      page('&next=a').replace('widgetId=w', 'widgetId=x'),
      'not a url',
    ]) {
      expect(checkNextLink(link, firstPage).ok, link).toBe(false);
    }
  });
});

describe('checkAnswerLink', () => {
  const requested = new URL(page('&offset=100'));
  it('passes a last page and a page that links forward', () => {
    expect(checkAnswerLink({ cases: [{}], linkToNextSetOfResults: '' }, requested, firstPage)).toBeNull();
    expect(
      checkAnswerLink({ cases: [{}], linkToNextSetOfResults: page('&offset=200') }, requested, firstPage),
    ).toBeNull();
  });

  it('stops a link to the same page, an offset that does not move forward, and an empty page that links on', () => {
    expect(
      checkAnswerLink({ cases: [{}], linkToNextSetOfResults: requested.href }, requested, firstPage),
    ).toMatch(/loop/);
    expect(
      checkAnswerLink({ cases: [{}], linkToNextSetOfResults: page('&offset=0') }, requested, firstPage),
    ).toMatch(/loop/);
    expect(
      checkAnswerLink({ cases: [], linkToNextSetOfResults: page('&offset=200') }, requested, firstPage),
    ).toMatch(/loop/);
    expect(
      checkAnswerLink(
        { cases: [{}], linkToNextSetOfResults: 'https://evil.test/x?next=1' },
        requested,
        firstPage,
      ),
    ).toMatch(/will not follow/);
  });
});
