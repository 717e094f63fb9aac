import type { Conversation, VendorId } from '../../model/conversation';

export type TranscriptPaneProps = {
  vendor: VendorId;
  id: string;
  conversation: Conversation | undefined;
  listLoading: boolean;
  onClose: () => void;
};

// Stub with the final signature; the full pane follows.
export function TranscriptPane({ conversation, listLoading, onClose }: TranscriptPaneProps) {
  return (
    <section aria-label="Transcript" className="flex h-full flex-col bg-white p-4">
      <div className="flex items-start justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-900">
          {conversation
            ? (conversation.visitor.name ?? conversation.visitor.email ?? 'Anonymous visitor')
            : 'Transcript'}
        </h2>
        <button type="button" aria-label="Close transcript" onClick={onClose}>
          ×
        </button>
      </div>
      {!conversation && (
        <p className="text-sm text-slate-600">{listLoading ? 'Loading…' : 'Not found in the loaded range.'}</p>
      )}
    </section>
  );
}
