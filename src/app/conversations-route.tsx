import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ViewSwitch } from '../components/view-switch';
import { ActivityLink } from '../features/activity/activity-link';
import { ConversationsPage, type ExportSlotProps } from '../features/conversations/conversations-page';
import { ExportControls } from '../features/export/export-controls';
import { TranscriptPane } from '../features/transcript/transcript-pane';
import { transcriptQueryFor } from '../features/transcript/transcript-query';
import type { Conversation } from '../model/conversation';

/**
 * The conversations page as the app composes it: the list (features/conversations) with the CSV export
 * (features/export) beside its count and the reading pane (features/transcript) beside or over it.
 * Features never import each other; what one needs of another is handed in here.
 */
export function ConversationsRoute() {
  const queryClient = useQueryClient();
  const prefetch = useCallback(
    (conversation: Conversation) => {
      const query = transcriptQueryFor(conversation);
      if (query) void queryClient.prefetchQuery(query);
    },
    [queryClient],
  );
  return (
    <ConversationsPage
      ExportSlot={ExportWithTranscripts}
      TranscriptSlot={TranscriptPane}
      onPrefetch={prefetch}
      headerExtras={<ActivityLink />}
      headerNav={<ViewSwitch />}
    />
  );
}

/** The export fetches missing transcripts (ImBox) with the same queries the reading pane uses. */
function ExportWithTranscripts(props: ExportSlotProps) {
  return <ExportControls {...props} transcriptQueryFor={transcriptQueryFor} />;
}
