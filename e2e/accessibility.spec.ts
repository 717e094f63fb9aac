import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { bodyRows, loadedCount, openRowAtEdge } from './list-helpers';
import { dayInStockholm } from './days';

// Loading every vendor, then scanning twice, on a shared 2-core machine.
test.setTimeout(180_000);

const sizes = [
  { name: 'wide', viewport: { width: 1440, height: 900 } },
  { name: 'narrow', viewport: { width: 390, height: 844 } },
];

for (const { name, viewport } of sizes) {
  test.describe(`axe (WCAG 2.2 AA), ${name}`, () => {
    test.use({ viewport });

    test('the list and an open transcript have no serious or critical violations', async ({ page }) => {
      // The last week: every vendor, every kind of row, less to load than the default range.
      await page.goto(`/?from=${dayInStockholm(6)}&to=${dayInStockholm(0)}`);
      await loadedCount(page);
      await expectNoSeriousViolations(page, `the list (${name})`);

      await openRowAtEdge(bodyRows(page).first());
      await expect(page.getByRole('button', { name: 'Close transcript' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2 })).not.toHaveText('Loading conversation…');
      await expectNoSeriousViolations(page, `a transcript (${name})`);
    });
  });
}
