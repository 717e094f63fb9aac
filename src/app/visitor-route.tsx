import { ActivityLink } from '../features/activity/activity-link';
import { useMediaQuery, WIDE_LAYOUT_QUERY } from '../features/conversations/use-media-query';
import { ExportControls } from '../features/export/export-controls';
import { TranscriptPane } from '../features/transcript/transcript-pane';
import { transcriptQueryFor } from '../features/transcript/transcript-query';
import { VisitorPage, type VisitorExportSlotProps } from '../features/visitors/visitor-page';

/**
 * A visitor's page as the app composes it: their timeline (features/visitors) with the list's CSV export
 * (features/export, same columns) and the same reading pane (features/transcript).
 */
export function VisitorRoute() {
  const wide = useMediaQuery(WIDE_LAYOUT_QUERY);
  return (
    <VisitorPage
      ExportSlot={ExportWithTranscripts}
      TranscriptSlot={TranscriptPane}
      wide={wide}
      headerExtras={<ActivityLink />}
    />
  );
}

/** The export fetches missing transcripts (ImBox) with the same queries the reading pane uses. */
function ExportWithTranscripts(props: VisitorExportSlotProps) {
  // The page names each vendor it could not search beside its timeline; the export takes what it shows.
  return <ExportControls {...props} missing={[]} transcriptQueryFor={transcriptQueryFor} />;
}
