import { demoCredentials } from '../mocks/demo-config';
import { expect, test } from './fixtures';
import { loadedCount } from './list-helpers';

/** The credentials the e2e server runs with (demo mode) must appear in no file or response it serves. */
const secrets = [
  demoCredentials.socialintents.apiToken,
  demoCredentials.livechat.apiKey,
  demoCredentials.imbox.apiKey,
  demoCredentials.snapengage.webhookToken,
  demoCredentials.snapengage.apiToken,
];

test('no credential reaches the browser: not in the built files, not in API responses', async ({
  page,
  request,
}) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (
      response.request().resourceType() === 'document' ||
      response.url().includes('/api/') ||
      response.url().includes('/assets/')
    ) {
      bodies.push(await response.text().catch(() => ''));
    }
  });
  await page.goto('/');
  // Every vendor has answered (not just the first), so each one's responses are among the bodies.
  await loadedCount(page);

  const scripts = await page
    .locator('script[src]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? ''));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) bodies.push(await (await request.get(src)).text());
  bodies.push(await (await request.get('/api/vendors')).text());

  expect(bodies.length).toBeGreaterThan(3);
  for (const body of bodies) for (const secret of secrets) expect(body).not.toContain(secret);
});
