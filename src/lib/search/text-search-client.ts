import { isHeld, type Conversation } from '../../model/conversation';
import { carriedSearchText } from './carried-search-text';
import { bucketOf } from '../history/history-store';
import { holdBackgroundWork } from '../history/user-activity';
import { queryKey } from './parse-query';
import { searchableText } from './searchable-text';
import {
  workerMessageSchema,
  type HeldText,
  type WorkerAnswer,
  type WorkerRequest,
} from './text-search-protocol';
import { yieldToBackground } from '../yield-to-event-loop';

/** The part of a Worker the client uses (a test can hand in its own). */
export type WorkerLike = {
  postMessage: (message: WorkerRequest, options?: { transfer: Transferable[] }) => void;
  addEventListener: (type: 'message', listener: (event: MessageEvent<unknown>) => void) => void;
};

/** How long the page works on one slice of conversations before it lets the browser paint and respond. */
const SLICE_MS = 8;

/**
 * The most text one message to the worker carries. Gathering text is cheap (V8 joins strings lazily), but
 * posting it flattens and copies every character, about 25 ns each: 8 ms of gathering made 2-3 million
 * characters and a 30-130 ms post at 100,000 conversations. A quarter million posts in a few ms.
 */
const BATCH_CHARS = 262_144;

/** A search asked of the worker, and its answer once given. */
type AskedSearch = { answer: Promise<WorkerAnswer>; settled: WorkerAnswer | null };

/** Searches remembered between two puts (a person types a few dozen before the list changes). */
const MAX_REMEMBERED_SEARCHES = 64;

/**
 * The page's side of the search worker. Conversations are numbered (by key) and their searchable text is
 * sent once, and again when the conversation changes (an ImBox transcript arrived); the text is gathered
 * in slices of a few milliseconds, so loading 100,000 conversations never blocks the page.
 */
export class TextSearchClient {
  private readonly numbers = new Map<string, number>();
  private readonly sent = new Map<string, Conversation>();
  private readonly answers = new Map<number, (answer: WorkerAnswer) => void>();
  private nextRequest = 0;
  /** The latest array asked for and its documents' numbers (parallel to it), once sent. */
  private syncing: {
    conversations: ReadonlyArray<Conversation>;
    ids: Promise<Int32Array>;
    sent: Int32Array | null;
  } | null = null;
  private lastAnswer: WorkerAnswer | null = null;
  /**
   * Searches asked since the last documents were put, by their terms: their answers are still exact, so
   * asking again (the keystroke's early search, then the list's) costs no second trip to the worker.
   */
  private readonly sinceLastPut = new Map<string, AskedSearch>();
  /** Raised each time the worker has read in the list rows' text it was asked for (see `onHeldRead`). */
  private heldReads = 0;
  private readonly heldReadListeners = new Set<() => void>();
  /**
   * Releases the background work (the ImBox details) held while the worker reads list rows' text: on two
   * cores their fetching shared the CPU with that reading and indexing, and search inside the messages
   * was ready about two seconds later after a reload.
   */
  private releaseBackground: (() => void) | null = null;

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => {
      const message = workerMessageSchema.parse(event.data);
      if (message.type === 'held-read') {
        this.releaseBackground?.();
        this.releaseBackground = null;
        // The index changed under the searches remembered: they are asked again.
        this.sinceLastPut.clear();
        this.heldReads++;
        for (const listener of this.heldReadListeners) listener();
        return;
      }
      this.lastAnswer = message;
      this.answers.get(message.request)?.(message);
      this.answers.delete(message.request);
    });
  }

  /**
   * Hears when the worker has put the text it read from the device (list rows carry no messages):
   * a search answered before then may have missed them. Returns the unsubscribe (useSyncExternalStore).
   */
  onHeldRead = (listener: () => void): (() => void) => {
    this.heldReadListeners.add(listener);
    return () => this.heldReadListeners.delete(listener);
  };

  /** How many times the worker has read list rows' text in (see `onHeldRead`). */
  heldReadCount = (): number => this.heldReads;

  /**
   * Sends what the worker lacks of `conversations` and resolves to their document numbers, parallel to
   * the array. Asking for another array supersedes this one: its promise then rejects (what was sent
   * stays sent).
   */
  sync(conversations: ReadonlyArray<Conversation>): Promise<Int32Array> {
    if (this.syncing?.conversations === conversations) return this.syncing.ids;
    const ids = this.send(conversations, (): boolean => this.syncing?.ids !== ids);
    const syncing = { conversations, ids, sent: null as Int32Array | null };
    this.syncing = syncing;
    ids.then(
      (sent) => (syncing.sent = sent),
      () => {},
    );
    return ids;
  }

  /** The document numbers of `conversations` if they are all sent already, else null (see `sync`). */
  sentIds(conversations: ReadonlyArray<Conversation>): Int32Array | null {
    return this.syncing?.conversations === conversations ? this.syncing.sent : null;
  }

  private async send(
    conversations: ReadonlyArray<Conversation>,
    superseded: () => boolean,
  ): Promise<Int32Array> {
    // Let the caller record this sync before the first slice checks whether it is superseded.
    await Promise.resolve();
    const ids = new Int32Array(conversations.length);
    let batchIds: number[] = [];
    let batchTexts: string[] = [];
    let batchChars = 0;
    /** This batch's list rows, by account and day: the worker reads their whole text from the device. */
    let batchHeld = new Map<string, { account: string; bucket: number; rowIds: string[]; docs: number[] }>();
    let sliceStart = performance.now();
    const flush = () => {
      if (batchIds.length === 0) return;
      const held: HeldText[] = [...batchHeld.values()].map((part) => ({
        ...part,
        docs: Uint32Array.from(part.docs),
      }));
      const message: WorkerRequest = {
        type: 'put',
        ids: Uint32Array.from(batchIds),
        texts: batchTexts,
        held,
      };
      this.worker.postMessage(message, {
        transfer: [message.ids.buffer, ...held.map((part) => part.docs.buffer)],
      });
      if (held.length > 0) this.releaseBackground ??= holdBackgroundWork();
      this.sinceLastPut.clear();
      batchIds = [];
      batchTexts = [];
      batchChars = 0;
      batchHeld = new Map();
    };
    for (let i = 0; i < conversations.length; i++) {
      const conversation = conversations[i] as Conversation;
      let id = this.numbers.get(conversation.key);
      if (id === undefined) {
        id = this.numbers.size;
        this.numbers.set(conversation.key, id);
      }
      ids[i] = id;
      if (this.sent.get(conversation.key) !== conversation) {
        this.sent.set(conversation.key, conversation);
        // A cold load's list rows bring their whole text; a reload's are read from the device.
        const carried = carriedSearchText(conversation);
        const text = carried ?? searchableText(conversation);
        batchIds.push(id);
        batchTexts.push(text);
        batchChars += text.length;
        const { messages } = conversation;
        if (carried === undefined && isHeld(messages)) {
          const bucket = bucketOf(conversation.startedAt);
          const partKey = `${messages.account}\u0000${bucket}`;
          let part = batchHeld.get(partKey);
          if (!part) {
            part = { account: messages.account, bucket, rowIds: [], docs: [] };
            batchHeld.set(partKey, part);
          }
          part.rowIds.push(conversation.id);
          part.docs.push(id);
        }
        if (batchChars >= BATCH_CHARS) flush();
      }
      if ((i & 63) === 63 && performance.now() - sliceStart > SLICE_MS) {
        flush();
        // Behind the page's own work: while a list is read from the device, its reads and renders go
        // first and the text is gathered in the gaps (about 0.4 s of the main thread at 100,000).
        await yieldToBackground();
        if (superseded()) throw new SupersededError();
        sliceStart = performance.now();
      }
    }
    flush();
    return ids;
  }

  /**
   * The numbers of the documents matching every term (the worker has all documents sent before). The
   * same terms asked again before any new document is sent share the first answer.
   */
  search(terms: ReadonlyArray<string>): Promise<WorkerAnswer> {
    const key = queryKey({ terms });
    const asked = this.sinceLastPut.get(key);
    if (asked) return asked.answer;
    const request = this.nextRequest++;
    const answer = new Promise<WorkerAnswer>((resolve) => {
      this.answers.set(request, resolve);
      this.worker.postMessage({ type: 'search', request, terms: [...terms] });
    });
    const entry: AskedSearch = { answer, settled: null };
    void answer.then((settled) => (entry.settled = settled));
    if (this.sinceLastPut.size >= MAX_REMEMBERED_SEARCHES) this.sinceLastPut.clear();
    this.sinceLastPut.set(key, entry);
    return answer;
  }

  /** The answer for these terms if the worker has given it and no document was sent since, else null. */
  answeredNow(terms: ReadonlyArray<string>): WorkerAnswer | null {
    return this.sinceLastPut.get(queryKey({ terms }))?.settled ?? null;
  }

  /** Forgets the searches remembered since the last put (the bench times searches the worker answers). */
  forgetSearches(): void {
    this.sinceLastPut.clear();
  }

  /** The last answer's figures (the bench reads them). */
  latest(): WorkerAnswer | null {
    return this.lastAnswer;
  }
}

/** A sync gave way to a newer list of conversations. */
export class SupersededError extends Error {
  constructor() {
    super('A newer list of conversations replaced this one');
  }
}

/** A new search worker (Vite bundles the module it names). */
export function startSearchWorker(): Worker {
  return new Worker(new URL('./text-search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
}

let shared: TextSearchClient | null = null;

/** The page's one search worker, started on first use, and stopped when the page goes away. */
export function textSearchClient(): TextSearchClient {
  if (shared === null) {
    const worker = startSearchWorker();
    stopWhenThePageGoes(worker);
    shared = new TextSearchClient(worker);
  }
  return shared;
}

/**
 * A reload left the old page's search worker indexing beside the new page's start, until the browser
 * stopped it (a worker busy with its queue is given a grace period): in a trace, 0.66 s of CPU in the
 * new page's first second. The index is rebuilt by every page anyway, so the worker is stopped as the page
 * goes; not when the page is kept for Back and Forward (`persisted`), which would come back to it.
 */
export function stopWhenThePageGoes(worker: Pick<Worker, 'terminate'>, target: EventTarget = window): void {
  target.addEventListener('pagehide', (event) => {
    if (!('persisted' in event && event.persisted === true)) worker.terminate();
  });
}
