import { createPortal } from 'react-dom';
import type { TranscriptDocument } from '../../lib/transcript-document';

/**
 * The transcript as it prints: the header facts, then every message (the whole list, whatever the
 * pane shows on screen) with its date, time, offset and author. It lives directly in <body>, hidden on
 * screen; the print stylesheet in src/index.css hides everything else on paper. Vendor text is text.
 */
export function PrintableTranscript({ document: transcript }: { document: TranscriptDocument }) {
  return createPortal(
    <article
      data-print-transcript=""
      aria-label="Printable transcript"
      className="hidden p-0 text-[11pt] text-black print:block"
    >
      <h1 className="text-[14pt] font-semibold">{transcript.title}</h1>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-0.5 text-[10pt]">
        {transcript.facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="font-medium">{fact.label}</dt>
            <dd className="[overflow-wrap:anywhere]">{fact.value}</dd>
          </div>
        ))}
      </dl>
      <ol className="mt-4 flex flex-col gap-1.5 border-t border-black pt-3">
        {transcript.lines.length === 0 && <li>(no messages)</li>}
        {transcript.lines.map((line) => (
          <li key={line.key} className="break-inside-avoid">
            <span className="text-[9pt] text-gray-700 tabular-nums">
              {line.date === '' ? '' : `${line.date} ${line.time} ${line.offset} `}
            </span>
            <span className="font-semibold">{line.author}: </span>
            <span className="whitespace-pre-wrap [overflow-wrap:anywhere]">{line.text}</span>
            {line.translations.map((pair) => (
              <span key={pair} className="block pl-4 text-[10pt] text-gray-700 italic">
                {pair}
              </span>
            ))}
          </li>
        ))}
      </ol>
    </article>,
    document.body,
  );
}
