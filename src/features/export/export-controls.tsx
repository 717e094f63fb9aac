import type { DayRange } from '../../lib/date-range';
import type { Conversation, VendorId } from '../../model/conversation';

export type ExportControlsProps = {
  conversations: ReadonlyArray<Conversation>;
  range: DayRange;
  vendors: ReadonlyArray<VendorId>;
};

// Stub with the final signature; the full export follows.
export function ExportControls({ conversations }: ExportControlsProps) {
  return (
    <button type="button" disabled={conversations.length === 0}>
      Export CSV
    </button>
  );
}
