import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** WCAG 2.2 AA as axe tags it; every page's scan uses the same set. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Scans the page as it stands (or only `include`) and fails on any serious or critical violation,
 * printing each one with its elements, so a failure says what to fix. Minor and moderate findings are
 * printed too, but do not fail.
 */
export async function expectNoSeriousViolations(page: Page, label: string, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const lines = violations.map(
    (violation) =>
      `[${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help} (${violation.nodes.length})\n` +
      violation.nodes
        .slice(0, 8)
        .map(
          (node) =>
            `    ${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`,
        )
        .join('\n'),
  );
  if (lines.length > 0) console.log(`axe, ${label}:\n${lines.join('\n')}`);
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(
    serious.map((violation) => `${violation.id} (${violation.nodes.length})`),
    `serious or critical axe violations on ${label}`,
  ).toEqual([]);
}
