/**
 * Which documents hold each word of their folded text, to narrow a substring search to the documents
 * that can match (text-index.ts). A word is a run of letters and digits: ASCII ones and anything beyond
 * ASCII; everything else (spaces, punctuation, `@`, `.`, the field separator) separates words.
 *
 * Why this is exact: when a term is a substring of a text, each run of word characters inside the term
 * lies inside one word of the text, so that word contains the run. The documents listing a word that
 * contains the term's longest run are therefore all the documents that can contain the term (a
 * superset, tested after).
 */
export class WordIndex {
  private readonly postings = new Map<string, { ids: number[]; last: number }>();
  private vocabulary: string[] = [];
  /** The vocabulary joined by newlines, with each word's start, rebuilt when words were added. */
  private joined: { text: string; starts: Int32Array; words: number } | null = null;

  get size(): number {
    return this.vocabulary.length;
  }

  /** Lists `id` under every word of `folded`. */
  add(id: number, folded: string): void {
    let start = -1;
    for (let i = 0; i <= folded.length; i++) {
      const word = i < folded.length && isWordCode(folded.charCodeAt(i));
      if (word && start === -1) start = i;
      else if (!word && start !== -1) {
        this.list(folded.slice(start, i), id);
        start = -1;
      }
    }
  }

  /**
   * The documents (ascending) that can contain every term, judged by the first term with a run of word
   * characters; null when no term has one, or when the candidates would be nearly every document
   * (`limit` or more): then testing every document is as quick.
   */
  candidates(terms: ReadonlyArray<string>, documents: number, limit: number): Uint32Array | null {
    const run = terms.map(longestRun).find((found) => found !== '');
    if (run === undefined) return null;
    const marks = this.holding(run, documents, limit * 4);
    if (marks === null) return null;
    let count = 0;
    for (let id = 0; id < marks.length; id++) count += marks[id] as number;
    if (count >= limit) return null;
    const found = new Uint32Array(count);
    for (let id = 0, n = 0; id < marks.length; id++) if (marks[id] === 1) found[n++] = id;
    return found;
  }

  /**
   * 1 for each document listed under a word containing `run` (which must be a run of word characters:
   * then these are exactly the documents whose words contain it). Null when the lists add up to more
   * than `maxListed` entries (a run inside most words, such as one letter): a scan is quicker then.
   */
  holding(run: string, documents: number, maxListed: number): Uint8Array | null {
    const { text, starts } = this.joinedVocabulary();
    const marks = new Uint8Array(documents);
    let listed = 0;
    let at = text.indexOf(run);
    while (at !== -1) {
      const index = wordAt(starts, at);
      const posting = this.postings.get(this.vocabulary[index] as string);
      if (posting) {
        for (const id of posting.ids) marks[id] = 1;
        listed += posting.ids.length;
        if (listed >= maxListed) return null;
      }
      // The next word: a word containing the run twice is listed once.
      const next = starts[index + 1] ?? text.length;
      at = text.indexOf(run, next);
    }
    return marks;
  }

  private list(word: string, id: number): void {
    let posting = this.postings.get(word);
    if (!posting) {
      posting = { ids: [], last: -1 };
      this.postings.set(word, posting);
      this.vocabulary.push(word);
    }
    if (posting.last !== id) {
      posting.ids.push(id);
      posting.last = id;
    }
  }

  /**
   * The vocabulary as one string to scan with indexOf. Words only ever get added, so the string is
   * extended with the new ones: joining every word again (hundreds of thousands at 100,000
   * conversations) cost the first search after each arrival of documents about 10-20 ms.
   */
  private joinedVocabulary(): { text: string; starts: Int32Array } {
    const held = this.joined;
    const total = this.vocabulary.length;
    if (held !== null && held.words === total) return held;
    const from = held?.words ?? 0;
    const starts = new Int32Array(total);
    if (held !== null) starts.set(held.starts.subarray(0, from));
    let offset = held?.text.length ?? 0;
    for (let i = from; i < total; i++) {
      starts[i] = offset;
      offset += (this.vocabulary[i] as string).length + 1;
    }
    const added = this.vocabulary.slice(from).join('\n') + '\n';
    this.joined = { text: (held?.text ?? '') + added, starts, words: total };
    return this.joined;
  }
}

/** Whether `term` is one run of word characters (then `holding` answers it exactly). */
export function isOneWordRun(term: string): boolean {
  if (term === '') return false;
  for (let i = 0; i < term.length; i++) if (!isWordCode(term.charCodeAt(i))) return false;
  return true;
}

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code >= 128
  );
}

/** The longest run of word characters in `term` ('' when it has none). */
export function longestRun(term: string): string {
  let best = '';
  let start = -1;
  for (let i = 0; i <= term.length; i++) {
    const word = i < term.length && isWordCode(term.charCodeAt(i));
    if (word && start === -1) start = i;
    else if (!word && start !== -1) {
      if (i - start > best.length) best = term.slice(start, i);
      start = -1;
    }
  }
  return best;
}

/** The index of the word whose span holds position `at` of the joined vocabulary. */
function wordAt(starts: Int32Array, at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
