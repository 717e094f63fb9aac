import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name';

const range = { from: '2026-10-23', to: '2026-11-21' };

describe('export file name', () => {
  it('names the vendors in the file, in a fixed order', () => {
    expect(exportFileName(['imbox', 'livechat'], range)).toBe(
      'backscroll_livechat+imbox_2026-10-23_to_2026-11-21.csv',
    );
    expect(exportFileName(['snapengage'], range)).toBe('backscroll_snapengage_2026-10-23_to_2026-11-21.csv');
  });

  it('says all-vendors when no vendor was left out', () => {
    expect(exportFileName(['snapengage', 'imbox', 'livechat', 'socialintents'], range)).toBe(
      'backscroll_all-vendors_2026-10-23_to_2026-11-21.csv',
    );
  });
});
