import { expect, test } from './fixtures';

// The browser logs the refused file, and the app says why it stopped.
test.use({ expectedConsoleErrors: [/Failed to load resource|Backscroll could not start/] });

/** The last stage's file (src/app/mount-app.tsx as built). */
const pageScript = /\/assets\/mount-app-[\w-]+\.js$/;

test('an app whose script cannot load says so, rather than leaving a blank page', async ({ page }) => {
  // The app starts in stages (src/main.tsx); the last one, the page itself, fails to arrive, as after a
  // dropped connection or a server that was updated between the page and its script.
  await page.route(pageScript, (route) => route.abort('connectionreset'));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText(
    'Backscroll could not start. Reload the page to try again.',
  );

  await page.unroute(pageScript);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backscroll');
  await expect(page.getByText('Backscroll could not start')).toHaveCount(0);
});

test('a browser language Intl cannot read does not stop the app', async ({ page }) => {
  // The start warms Intl with the browser's language (src/main.tsx); a tag Intl refuses throws there.
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'language', { get: () => 'not a language tag' });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Backscroll');
  await expect(page.getByText('Backscroll could not start')).toHaveCount(0);
});
