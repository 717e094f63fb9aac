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

/** Export formats in words; a format this version does not know is shown by its name. */
export const formatLabels: Readonly<Record<string, string>> = {
  csv: 'CSV',
  'messages-csv': 'Messages (CSV)',
  jsonl: 'Conversations with messages (JSON Lines)',
  'transcript-text': 'One transcript (text file)',
  'transcript-print': 'One transcript (printed)',
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
        const unit =
          format === 'messages-csv' ? 'message' : format.startsWith('transcript-') ? 'conversation' : 'row';
        const parts = [
          `${formatLabels[format] ?? format.toUpperCase()}, ${rows.toLocaleString('en-GB')} ${unit}${rows === 1 ? '' : 's'}`,
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
