import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test fails on a console error or an uncaught page error: a user would see a broken page even
 * where the assertion passed. A test that provokes a failure on purpose (a vendor answering 502) names the
 * console lines it expects with `test.use({ expectedConsoleErrors: [/502/] })`.
 */
// Playwright's own idiom for a fixture that provides no value is `void`.
// eslint-disable-next-line @typescript-eslint/no-invalid-void-type
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; failOnConsoleErrors: void }>({
  expectedConsoleErrors: [[], { option: true }],
  failOnConsoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
        problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      await use();
      expect(problems, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
