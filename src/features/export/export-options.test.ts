import { describe, expect, it } from 'vitest';
import { readExportOptions, writeExportOptions } from './export-options';

function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
}

describe('remembered export options', () => {
  it('come back as they were saved', () => {
    const storage = memoryStorage();
    writeExportOptions(storage, { excelBom: true, includeTranscripts: true, includeRaw: true });
    expect(readExportOptions(storage)).toEqual({
      excelBom: true,
      includeTranscripts: true,
      includeRaw: true,
    });
  });

  it('fall back to plain CSV without transcripts when nothing usable is stored', () => {
    const off = { excelBom: false, includeTranscripts: false, includeRaw: false };
    expect(readExportOptions(memoryStorage())).toEqual(off);
    expect(readExportOptions(undefined)).toEqual(off);
    expect(readExportOptions(memoryStorage({ 'backscroll.export-options': '{not json' }))).toEqual(off);
    expect(readExportOptions(memoryStorage({ 'backscroll.export-options': '{"excelBom":"yes"}' }))).toEqual(
      off,
    );
  });

  it('read an older stored shape without the raw-payload option as off', () => {
    const storage = memoryStorage({
      'backscroll.export-options': '{"excelBom":true,"includeTranscripts":false}',
    });
    expect(readExportOptions(storage)).toEqual({
      excelBom: true,
      includeTranscripts: false,
      includeRaw: false,
    });
  });

  it('survive storage that refuses to write', () => {
    expect(() =>
      writeExportOptions(
        {
          setItem: () => {
            throw new Error('QuotaExceededError');
          },
        },
        { excelBom: true, includeTranscripts: false, includeRaw: false },
      ),
    ).not.toThrow();
  });
});
