import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { expect } from './fixtures';

export function exportStatus(page: Page) {
  return page.getByRole('region', { name: 'Export' });
}

export async function setOption(page: Page, name: string, checked: boolean): Promise<void> {
  await page.getByRole('button', { name: 'Export options' }).click();
  await page.getByRole('checkbox', { name }).setChecked(checked);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('checkbox', { name })).toBeHidden();
}

/** Clicks Export CSV and returns the downloaded file's name and its records (header first). */
export async function exportCsv(
  page: Page,
): Promise<{ fileName: string; text: string; records: string[][] }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { fileName: download.suggestedFilename(), text, records: parsed.data };
}

/** Exports the view in one of the "More export formats" and returns the downloaded file's name and text. */
export async function exportFormat(page: Page, item: string): Promise<{ fileName: string; text: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'More export formats' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  const download = await downloading;
  return { fileName: download.suggestedFilename(), text: await readFile(await download.path(), 'utf8') };
}
