/**
 * The SnapEngage Logs API pages 100 cases at a time and hands the next page over as a full URL,
 * `linkToNextSetOfResults`, which carries the original query plus a paging parameter (`next`, as the
 * Logs API documents it; the project's emulation uses `offset`). The browser hands that link back to the
 * proxy, which adds the API token, so a link is followed only when it is the same request as the chain's
 * first page in every respect but the paging parameter: same origin and path, the configured `widgetId`,
 * the chain's own `start`, `end` and `timezone`, nothing added. A link that points back at the page it
 * came from, or an offset that does not move forward, is a loop and stops the chain with an error.
 */
export const PAGING_PARAMETERS = ['next', 'offset'] as const;

const MAX_PAGING_VALUE = 2048;

export type NextLinkCheck = { ok: true; url: URL } | { ok: false; message: string };

export function checkNextLink(link: string, firstPage: URL): NextLinkCheck {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return { ok: false, message: 'the next-page link is not a URL' };
  }
  if (
    url.origin !== firstPage.origin ||
    url.pathname !== firstPage.pathname ||
    url.username !== '' ||
    url.password !== '' ||
    url.hash !== ''
  ) {
    return { ok: false, message: 'the next-page link does not point at the configured Logs API' };
  }
  const names = [...url.searchParams.keys()];
  if (new Set(names).size !== names.length) {
    return { ok: false, message: 'the next-page link repeats a parameter' };
  }
  const paging = names.filter((name) => (PAGING_PARAMETERS as ReadonlyArray<string>).includes(name));
  if (paging.length !== 1) {
    return { ok: false, message: 'the next-page link does not carry exactly one paging parameter' };
  }
  const pagingName = paging[0] ?? '';
  const pagingValue = url.searchParams.get(pagingName) ?? '';
  if (pagingValue === '' || pagingValue.length > MAX_PAGING_VALUE) {
    return { ok: false, message: 'the next-page link has an unusable paging value' };
  }
  if (pagingName === 'offset' && !/^\d{1,9}$/.test(pagingValue)) {
    return { ok: false, message: 'the next-page link has an unusable offset' };
  }
  const expected = [...firstPage.searchParams.keys()];
  const others = names.filter((name) => name !== pagingName);
  if (
    others.length !== expected.length ||
    expected.some((name) => url.searchParams.get(name) !== firstPage.searchParams.get(name))
  ) {
    return {
      ok: false,
      message: 'the next-page link changes the query (only the paging parameter may differ)',
    };
  }
  return { ok: true, url };
}

/**
 * The loop guard on an answer: its next-page link must itself be one the proxy would follow, must not be
 * the page just fetched, must move an offset forward, and must not hang off an empty page (more pages
 * than there are cases). Null when the answer may be passed on.
 */
export function checkAnswerLink(answer: unknown, requested: URL, firstPage: URL): string | null {
  if (typeof answer !== 'object' || answer === null) return null;
  const record = answer as { linkToNextSetOfResults?: unknown; cases?: unknown };
  const link = record.linkToNextSetOfResults;
  if (typeof link !== 'string' || link.trim() === '') return null;
  const checked = checkNextLink(link, firstPage);
  if (!checked.ok)
    return `SnapEngage answered with a next-page link Backscroll will not follow: ${checked.message}.`;
  if (checked.url.href === requested.href) {
    return 'SnapEngage answered with a next-page link to the page it came from; paging stopped to avoid a loop.';
  }
  const from = Number(requested.searchParams.get('offset') ?? '0');
  const to = checked.url.searchParams.get('offset');
  if (to !== null && Number(to) <= from) {
    return 'SnapEngage answered with a next-page link that does not move forward; paging stopped to avoid a loop.';
  }
  if (!Array.isArray(record.cases) || record.cases.length === 0) {
    return 'SnapEngage answered with an empty page that links to another; paging stopped to avoid a loop.';
  }
  return null;
}
