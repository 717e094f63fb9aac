import type { AuditEntry } from '../../model/audit';
import { exportDetailSchema, signInDetailSchema, transcriptViewDetailSchema } from '../../model/audit';
import { vendorLabel } from '../../vendors/registry';

export const actionLabels: Readonly<Record<string, string>> = {
  sign_in: 'Signed in',
  sign_in_refused: 'Sign-in refused',
  sign_out: 'Signed out',
  transcript_view: 'Opened a transcript',
  export: 'Exported',
};

/** What an entry's details say, in words; details this version does not know are shown as they are. */
export function describeEntry(entry: AuditEntry): string {
  switch (entry.action) {
    case 'transcript_view': {
      const detail = transcriptViewDetailSchema.safeParse(entry.detail);
      if (detail.success)
        return `${vendorLabel(detail.data.vendor)} conversation ${detail.data.conversationId}`;
      break;
    }
    case 'export': {
      const detail = exportDetailSchema.safeParse(entry.detail);
      if (detail.success) {
        const { format, rows, fileName, redaction, filters } = detail.data;
        const parts = [
          `${format.toUpperCase()}, ${rows.toLocaleString('en-GB')} ${rows === 1 ? 'row' : 'rows'}`,
          fileName,
          filters.length === 0 ? 'no filters' : `filters: ${filters.map(([k, v]) => `${k}=${v}`).join(', ')}`,
        ];
        if (redaction !== null) parts.push(redaction ? 'redacted' : 'not redacted');
        return parts.join(' · ');
      }
      break;
    }
    case 'sign_in':
    case 'sign_in_refused':
    case 'sign_out': {
      const detail = signInDetailSchema.safeParse(entry.detail);
      if (detail.success) {
        return [detail.data.method && `via ${detail.data.method}`, detail.data.reason]
          .filter((part): part is string => Boolean(part))
          .join(' · ');
      }
      break;
    }
  }
  return Object.keys(entry.detail).length === 0 ? '' : JSON.stringify(entry.detail);
}
