import { foldForSearch } from './fold';
import { narrows, type SearchQuery } from './parse-query';
import { isOneWordRun, WordIndex } from './word-index';

export type TextIndexStats = {
  documents: number;
  /** UTF-16 units of folded text held (about one byte each for Latin text, which V8 stores as one byte). */
  characters: number;
  /** Time spent folding and storing documents, in total. */
  buildMs: number;
  /** Distinct words listed in the word index. */
  words: number;
};

/**
 * The search worker's index: each document's searchable text (searchable-text.ts), folded once when it
 * arrives, and the exact test of a query against it. Documents are numbered by the caller (dense small
 * integers, so a result is a bitmap the page reads by number).
 *
 * The answer is exact: a document matches when every term of the query is a substring of its folded
 * text, which never runs across two fields. Testing every document on every keystroke is a scan of
 * the whole text (about 90 ms at 100,000 conversations), so the index also keeps which documents hold
 * each word (word-index.ts) and tests only the documents that hold a word containing the query's
 * longest run of letters and digits: any document whose text contains the term has such a word, so
 * nothing is missed, and the test then rules out the rest. When every term is itself such a run (most
 * searches: "refund", "double charge" as two words), the word lists are the answer and no text is
 * tested. Typing on narrows the last answer, so only its documents are tested again.
 */
export class TextIndex {
  private texts: Array<string | undefined> = [];
  private readonly words = new WordIndex();
  private documents = 0;
  private characters = 0;
  private buildMs = 0;
  /**
   * 1 for documents put more than once: their old words stay listed (word-index.ts), so a word's list
   * may name one that no longer holds it, and its text is tested rather than trusted.
   */
  private replaced = new Uint8Array(1024);
  /** The last answer, kept to narrow the next one while typing; dropped when any document changes. */
  private last: { query: SearchQuery; hits: Uint32Array } | null = null;

  /** Adds or replaces documents (a conversation whose transcript arrived is sent again). */
  put(ids: ArrayLike<number>, texts: ReadonlyArray<string>): void {
    const started = performance.now();
    for (let i = 0; i < texts.length; i++) {
      const id = ids[i] as number;
      const folded = foldForSearch(texts[i] as string);
      const old = this.texts[id];
      if (old === undefined) this.documents += 1;
      else {
        this.characters -= old.length;
        this.markReplaced(id);
      }
      this.characters += folded.length;
      this.texts[id] = folded;
      // A replaced document keeps its old words listed too: they only make it a candidate, never a hit.
      this.words.add(id, folded);
    }
    this.last = null;
    this.buildMs += performance.now() - started;
  }

  private markReplaced(id: number): void {
    if (id >= this.replaced.length) {
      const grown = new Uint8Array(Math.max(id + 1, this.replaced.length * 2));
      grown.set(this.replaced);
      this.replaced = grown;
    }
    this.replaced[id] = 1;
  }

  stats(): TextIndexStats {
    return {
      documents: this.documents,
      characters: this.characters,
      buildMs: this.buildMs,
      words: this.words.size,
    };
  }

  /** The ids of the documents matching every term, ascending. */
  search(query: SearchQuery): Uint32Array {
    const { terms } = query;
    if (terms.length === 0) return new Uint32Array(0);
    const texts = this.texts;
    const hits: number[] = [];
    const test = (text: string | undefined) => {
      if (text === undefined) return false;
      // Terms come longest first: the longest usually rules a document out soonest.
      for (let t = 0; t < terms.length; t++) if (text.indexOf(terms[t] as string) === -1) return false;
      return true;
    };
    const exact = this.wordsOnly(terms, test);
    if (exact !== null) {
      this.last = { query, hits: exact };
      return exact;
    }
    const previous = this.last;
    const narrowed = previous !== null && narrows(previous.query, query) ? previous.hits : null;
    const candidates = this.words.candidates(terms, texts.length, narrowed?.length ?? texts.length);
    const pool =
      narrowed !== null && (candidates === null || narrowed.length <= candidates.length)
        ? narrowed
        : candidates;
    if (pool !== null) {
      for (let i = 0; i < pool.length; i++) {
        const id = pool[i] as number;
        if (test(texts[id])) hits.push(id);
      }
    } else {
      for (let id = 0; id < texts.length; id++) if (test(texts[id])) hits.push(id);
    }
    const result = Uint32Array.from(hits);
    this.last = { query, hits: result };
    return result;
  }

  /**
   * The answer straight from the word index when every term is a run of word characters ("refund",
   * "double charge" as two words): a text contains such a term exactly when one of its words does, so
   * the documents listed under the words containing each term, intersected, are the answer, and only
   * documents put more than once are tested. Null for other queries (a phrase, "a@b.c"), or when a term
   * sits inside so many words that a scan is quicker.
   */
  private wordsOnly(
    terms: ReadonlyArray<string>,
    test: (text: string | undefined) => boolean,
  ): Uint32Array | null {
    if (!terms.every(isOneWordRun)) return null;
    const count = this.texts.length;
    let marks: Uint8Array | null = null;
    for (const term of terms) {
      const holding = this.words.holding(term, count, count * 4);
      if (holding === null) return null;
      if (marks === null) marks = holding;
      else for (let id = 0; id < count; id++) marks[id] = (marks[id] as number) & (holding[id] as number);
    }
    if (marks === null) return null;
    const hits: number[] = [];
    for (let id = 0; id < count; id++) {
      if (marks[id] === 1 && (this.replaced[id] !== 1 || test(this.texts[id]))) hits.push(id);
    }
    return Uint32Array.from(hits);
  }
}
