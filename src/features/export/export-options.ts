import { useCallback, useState } from 'react';
import { z } from 'zod';
import { localStore } from '../../lib/browser-storage';

/** What the user chose beside the Export button, remembered across visits in this browser. */
const exportOptionsSchema = z.object({
  excelBom: z.boolean().catch(false),
  includeTranscripts: z.boolean().catch(false),
  /** JSON Lines: add each conversation's vendor payload (`raw`). */
  includeRaw: z.boolean().catch(false),
});
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

const STORAGE_KEY = 'backscroll.export-options';
const defaults: ExportOptions = { excelBom: false, includeTranscripts: false, includeRaw: false };

/** Whatever is stored (an older shape, hand-edited, blocked storage) degrades to the defaults. */
export function readExportOptions(storage: Pick<Storage, 'getItem'> | undefined): ExportOptions {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (!stored) return defaults;
    const parsed = exportOptionsSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : defaults;
  } catch {
    return defaults;
  }
}

export function writeExportOptions(
  storage: Pick<Storage, 'setItem'> | undefined,
  options: ExportOptions,
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(options));
  } catch {
    // Private mode or a full quota: the choice then lasts for this visit only.
  }
}

export function useExportOptions(): [ExportOptions, (change: Partial<ExportOptions>) => void] {
  const [options, setOptions] = useState(() => readExportOptions(localStore()));
  const update = useCallback((change: Partial<ExportOptions>) => {
    setOptions((current) => {
      const next = { ...current, ...change };
      writeExportOptions(localStore(), next);
      return next;
    });
  }, []);
  return [options, update];
}
