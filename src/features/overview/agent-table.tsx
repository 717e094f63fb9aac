import { Link } from 'react-router';
import { formatDuration } from '../../lib/format-date-time';
import type { ListFilters } from '../../lib/list-filters';
import type { Overview } from './aggregate-overview';
import { tableStyles } from './chart-card';
import { listLinkFor } from './overview-links';

const numberFormat = new Intl.NumberFormat();

/**
 * One row per agent who handled (or wrote in) a conversation: a conversation with two agents counts for
 * both. First response time is measured where the vendor's list carries the messages.
 */
export function AgentTable({
  overview,
  filters,
  search,
}: {
  overview: Overview;
  filters: ListFilters;
  search: string;
}) {
  return (
    <section
      aria-labelledby="overview-agents"
      className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-xs lg:col-span-2"
    >
      <h2 id="overview-agents" className="text-sm font-semibold text-slate-900">
        Agents
      </h2>
      <p className="mt-0.5 text-xs text-slate-600">
        Everyone who wrote as an agent is credited. Click a name to see their conversations. First response:
        from the visitor&apos;s first message to the first agent reply, where the vendor&apos;s list has the
        messages.
        {overview.withoutAgent > 0 &&
          ` ${numberFormat.format(overview.withoutAgent)} conversations had no agent.`}
      </p>
      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <div
        role="region"
        aria-label="Agents: table"
        tabIndex={0}
        className="mt-3 max-h-[28rem] overflow-auto focus-visible:outline-2 focus-visible:outline-indigo-600"
      >
        <table className={tableStyles.table}>
          <caption className="sr-only">
            Conversations, missed chats, durations, first responses and ratings per agent
          </caption>
          <thead>
            <tr>
              <th scope="col" className={tableStyles.th}>
                Agent
              </th>
              <th scope="col" className={tableStyles.thNumber}>
                Conversations
              </th>
              <th scope="col" className={tableStyles.thNumber}>
                Missed
              </th>
              <th scope="col" className={tableStyles.thNumber}>
                Average duration
              </th>
              <th scope="col" className={tableStyles.thNumber}>
                First response
              </th>
              <th scope="col" className={tableStyles.thNumber}>
                Good
              </th>
              <th scope="col" className={tableStyles.thNumber}>
                Bad
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.agents.length === 0 && (
              <tr>
                <td colSpan={7} className={`${tableStyles.td} text-slate-600`}>
                  No agent is credited with these conversations.
                </td>
              </tr>
            )}
            {overview.agents.map((agent) => (
              <tr key={agent.name}>
                <th scope="row" className={`${tableStyles.td} font-normal`}>
                  <Link
                    className={tableStyles.link}
                    to={listLinkFor(search, filters, { agents: [agent.name] })}
                  >
                    {agent.name}
                  </Link>
                </th>
                <td className={tableStyles.tdNumber}>{numberFormat.format(agent.conversations)}</td>
                <td className={tableStyles.tdNumber}>{numberFormat.format(agent.missed)}</td>
                <td className={tableStyles.tdNumber}>
                  {agent.averageDurationSeconds === null
                    ? 'Not given'
                    : formatDuration(agent.averageDurationSeconds)}
                </td>
                <td className={tableStyles.tdNumber}>
                  {agent.averageFirstResponseSeconds === null
                    ? 'Not given'
                    : formatDuration(agent.averageFirstResponseSeconds)}
                </td>
                <td className={tableStyles.tdNumber}>{numberFormat.format(agent.good)}</td>
                <td className={tableStyles.tdNumber}>{numberFormat.format(agent.bad)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
