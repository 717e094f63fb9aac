import { TZDate } from '@date-fns/tz';
import { endOfDay, startOfDay } from 'date-fns';
import { LIVECHAT_ACCOUNT_TIME_ZONE, type LiveChatRecord } from './livechat-records';

/**
 * The `GET /chats` filters (rest-v2 doc, "Optional parameters"). Dates are whole days in the account's
 * timezone. Returns the matching records newest first, or the reason the vendor would refuse the request.
 */
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TYPES = ['chat', 'missed_chat'];
const RATES = ['rated', 'not_rated', 'rated_good', 'rated_bad'];

export type QueryResult = { ok: true; records: LiveChatRecord[] } | { ok: false; error: string };

export function queryLiveChatRecords(
  records: ReadonlyArray<LiveChatRecord>,
  params: URLSearchParams,
): QueryResult {
  const from = dayBound(params.get('date_from'), 'start');
  const to = dayBound(params.get('date_to'), 'end');
  if (from === 'invalid') return { ok: false, error: 'Invalid date_from, use YYYY-MM-DD.' };
  if (to === 'invalid') return { ok: false, error: 'Invalid date_to, use YYYY-MM-DD.' };
  const type = params.get('type');
  if (type && !TYPES.includes(type))
    return { ok: false, error: `Invalid type, use one of: ${TYPES.join(', ')}.` };
  const rate = params.get('rate');
  if (rate && !RATES.includes(rate))
    return { ok: false, error: `Invalid rate, use one of: ${RATES.join(', ')}.` };
  const query = params.get('query')?.trim().toLowerCase();
  const visitorId = params.get('visitor_id');
  const agent = params.get('agent')?.toLowerCase();
  const group = params.get('group');
  const goal = params.get('goal');
  const hasGoal = params.get('has_goal');

  // No demo chat reaches a goal, and every one is in group 0.
  if (goal || hasGoal === '1' || (group !== null && group !== '0')) return { ok: true, records: [] };

  return {
    ok: true,
    records: records.filter((record) => {
      const { startedAt } = record.scenario;
      if (from !== null && startedAt < from) return false;
      if (to !== null && startedAt > to) return false;
      if (type && record.type !== type) return false;
      if (rate === 'rated' && record.rate === 'not_rated') return false;
      if (rate && rate !== 'rated' && record.rate !== rate) return false;
      if (query && !record.searchText.includes(query)) return false;
      if (visitorId && record.scenario.visitor.id !== visitorId) return false;
      if (agent && !record.agentLogins.includes(agent)) return false;
      return true;
    }),
  };
}

function dayBound(value: string | null, edge: 'start' | 'end'): number | null | 'invalid' {
  if (value === null || value === '') return null;
  const match = DAY.exec(value);
  if (!match) return 'invalid';
  const day = new TZDate(
    Number(match[1]),
    Number(match[2]) - 1,
    Number(match[3]),
    LIVECHAT_ACCOUNT_TIME_ZONE,
  );
  if (Number.isNaN(day.getTime()) || day.getDate() !== Number(match[3])) return 'invalid';
  return (edge === 'start' ? startOfDay(day) : endOfDay(day)).getTime();
}
