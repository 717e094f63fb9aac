import { mapWithConcurrency } from '../concurrency';
import { TextIndex } from './text-index';
import type { HeldText, WorkerMessage, WorkerRequest } from './text-search-protocol';

/**
 * Reads what the search box searches in the rows `ids` of one account and day, as the device holds it
 * (HistoryStore.searchTextsOf), by id.
 */
export type ReadSearchTexts = (
  account: string,
  bucket: number,
  ids: ReadonlySet<string>,
) => Promise<ReadonlyMap<string, string>>;

/** Days read from the device at once. */
const DAYS_IN_FLIGHT = 4;

/**
 * The search worker's side: the index, and the whole text of list rows read from the device (a reload
 * gives the page list rows only, see lib/history/list-columns.ts). A document put with a `held` part is
 * searchable at once by what its list row has (name, e-mail, id); its whole text (every visitor field
 * and message, kept as strings beside the rows: lib/history/search-texts.ts) replaces that when read. Reads go a few days at a time, and a document put
 * again meanwhile (an ImBox transcript arrived, the row was refreshed) keeps its newer text. When the
 * last read is in, the host says `held-read` so the page asks its search again.
 */
export class SearchHost {
  private readonly index = new TextIndex();
  /** Held documents still waiting for their whole text: the text they were put with. */
  private readonly awaiting = new Map<number, string>();
  private readonly queue: HeldText[] = [];
  private reading = false;
  private quietTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly readTexts: ReadSearchTexts,
    private readonly post: (message: WorkerMessage, transfer?: Transferable[]) => void,
    /** How long no put must come before the list rows' text is read. */
    private readonly quietMs = 300,
  ) {}

  handle(request: WorkerRequest): void {
    if (request.type === 'put') {
      this.index.put(request.ids, request.texts);
      const held = new Set<number>();
      for (const part of request.held) for (const doc of part.docs) held.add(doc);
      for (let i = 0; i < request.ids.length; i++) {
        const doc = request.ids[i] as number;
        if (held.has(doc)) this.awaiting.set(doc, request.texts[i] ?? '');
        else this.awaiting.delete(doc);
      }
      if (request.held.length === 0) return;
      this.queue.push(...request.held);
      this.readWhenQuiet();
      return;
    }
    const started = performance.now();
    // A copy goes to the page (its buffer moves there): the index keeps its own to narrow the next search.
    const hits = this.index.search({ terms: request.terms }).slice();
    this.post(
      {
        type: 'result',
        request: request.request,
        hits,
        searchMs: performance.now() - started,
        stats: this.index.stats(),
        heldPending: this.awaiting.size,
      },
      [hits.buffer],
    );
  }

  /**
   * Starts the reads once no document has been put for a moment: while a list is read from the device
   * the page puts rows every few milliseconds, and reading the text of 97,000 rows then would take the cores
   * the list needs.
   */
  private readWhenQuiet(): void {
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => {
      this.quietTimer = null;
      void this.readQueued();
    }, this.quietMs);
  }

  private async readQueued(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      while (this.queue.length > 0) {
        const parts = this.queue.splice(0);
        await mapWithConcurrency(parts, DAYS_IN_FLIGHT, (part) => this.read(part));
      }
    } finally {
      this.reading = false;
    }
    this.post({ type: 'held-read' });
  }

  private async read(part: HeldText): Promise<void> {
    const waiting: Array<{ doc: number; rowId: string; fields: string }> = [];
    for (let i = 0; i < part.docs.length; i++) {
      const doc = part.docs[i] as number;
      const fields = this.awaiting.get(doc);
      if (fields !== undefined) waiting.push({ doc, rowId: part.rowIds[i] ?? '', fields });
    }
    if (waiting.length === 0) return;
    let held: ReadonlyMap<string, string>;
    try {
      held = await this.readTexts(part.account, part.bucket, new Set(waiting.map((row) => row.rowId)));
    } catch {
      // The device cannot be read (cleared, closed): these stay searchable by what their list rows had.
      held = new Map();
    }
    const ids: number[] = [];
    const texts: string[] = [];
    for (const { doc, rowId, fields } of waiting) {
      // Put again while this read was under way: its newer text stands.
      if (this.awaiting.get(doc) !== fields) continue;
      this.awaiting.delete(doc);
      const text = held.get(rowId);
      if (text === undefined) continue;
      ids.push(doc);
      texts.push(text);
    }
    if (ids.length > 0) this.index.put(ids, texts);
  }
}
