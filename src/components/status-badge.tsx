import type { ConversationStatus } from '../model/conversation';

const statusLabels: Readonly<Record<ConversationStatus, string>> = {
  answered: 'Answered',
  missed: 'Missed',
  offline: 'Offline',
};

const statusStyles: Readonly<Record<ConversationStatus, string>> = {
  answered: 'bg-emerald-50 text-emerald-700 ring-emerald-600/20',
  missed: 'bg-amber-50 text-amber-800 ring-amber-600/25',
  offline: 'bg-slate-100 text-slate-600 ring-slate-500/20',
};

export function statusLabel(status: ConversationStatus): string {
  return statusLabels[status];
}

/** A conversation's status as a small coloured pill; the word carries the meaning, the colour helps scanning. */
export function StatusBadge({ status }: { status: ConversationStatus }) {
  return (
    <span
      className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${statusStyles[status]}`}
    >
      {statusLabels[status]}
    </span>
  );
}
