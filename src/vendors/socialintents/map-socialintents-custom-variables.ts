import type { NameValue } from '../../model/conversation';
import { blankToNull } from '../../model/text';
import type { SocialIntentsChat } from './socialintents-api';

const CUSTOM_FIELDS = [
  'visitorCustom1',
  'visitorCustom2',
  'visitorCustom3',
  'visitorCustom4',
  'visitorCustom5',
  'visitorCustom6',
] as const;

/**
 * visitorCustom1..6 keep their field names (the account decides what they mean); `visitorParams` has no
 * documented shape, so an object, a JSON object string and a query string are all read. Empty values go.
 */
export function mapSocialIntentsCustomVariables(chat: SocialIntentsChat): NameValue[] {
  const variables: NameValue[] = [];
  for (const field of CUSTOM_FIELDS) {
    const value = blankToNull(chat[field]);
    if (value !== null) variables.push({ name: field, value });
  }
  for (const [name, value] of visitorParamEntries(chat.visitorParams)) {
    const cleanName = blankToNull(name);
    const cleanValue = blankToNull(value);
    if (cleanName !== null && cleanValue !== null) variables.push({ name: cleanName, value: cleanValue });
  }
  return variables;
}

function visitorParamEntries(params: unknown): Array<[string, string]> {
  if (params == null) return [];
  if (typeof params === 'object') return objectEntries(params);
  if (typeof params !== 'string') return [['visitorParams', String(params)]];
  const trimmed = params.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (parsed !== null && typeof parsed === 'object') return objectEntries(parsed);
    } catch {
      // Not JSON after all: fall through and keep it as text.
    }
  }
  if (/^[?]?[^=&\s]+=/.test(trimmed)) return [...new URLSearchParams(trimmed.replace(/^\?/, ''))];
  return [['visitorParams', trimmed]];
}

function objectEntries(value: object): Array<[string, string]> {
  if (Array.isArray(value)) return value.map((item, index) => [`visitorParams.${index}`, describe(item)]);
  return Object.entries(value).map(([name, item]) => [name, describe(item)]);
}

function describe(value: unknown): string {
  if (value == null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
