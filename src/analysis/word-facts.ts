import { cognateKey, INDEX_COGNATE_LETTERS } from './cognate.js';
import { isGazetteerName } from '../features/name-key.js';
import type { KnownLanguage } from '../text/language.js';
import { SurfaceTable } from '../text/surface-table.js';

/**
 * What a word is under a language's rules, whatever document it stands in: its lower-case form,
 * its cognate key (see `cognateKey`), whether it reads as a name (capitalised, or a gazetteer
 * name in lower case) and its key in pairing's index. One table per rule set, kept across sentences, documents and calls, and
 * looked up by the stretch of text itself (see `SurfaceTable`): a corpus holds thousands of
 * documents of the same words, and the aligner's evidence and the checks' cognates worked these
 * out afresh for every word, a lower-casing, a key look-up and new strings each.
 *
 * An index is good until the next {@link WordFacts.index} call: a full table starts afresh.
 */
export class WordFacts {
  private words = new SurfaceTable();
  private lowers: string[] = [];
  private cognates: (string | undefined)[] = [];
  private names: number[] = [];
  /** Pairing's index key per word, worked out when first asked for (`undefined`: not asked yet). */
  private indexKeys: (string | undefined)[] = [];

  private constructor(private readonly rules: KnownLanguage | undefined) {}

  /** The table of a rule set. */
  static of(rules: KnownLanguage | undefined): WordFacts {
    const scope = rules ?? '';
    let facts = TABLES.get(scope);
    if (facts === undefined) TABLES.set(scope, (facts = new WordFacts(rules)));
    return facts;
  }

  /** The index of the word `text[from … end − 1]` (`hash` its `SurfaceTable.hash`), its facts worked out the first time it is met. */
  index(text: string, from: number, end: number, hash = SurfaceTable.hash(text, from, end)): number {
    const known = this.words.find(text, from, end, hash);
    if (known >= 0) return known;
    if (this.lowers.length >= MAX_WORDS) {
      this.words = new SurfaceTable();
      this.lowers = [];
      this.cognates = [];
      this.names = [];
      this.indexKeys = [];
    }
    const surface = text.slice(from, end);
    const lower = surface.toLowerCase();
    // Every fact worked out before any is stored, so that the arrays and the table stay in step.
    const cognate = cognateKey(surface, this.rules);
    const name = surface[0] !== lower[0] || isGazetteerName(lower, this.rules) ? 1 : 0;
    this.lowers.push(lower);
    this.cognates.push(cognate);
    this.names.push(name);
    this.indexKeys.push(undefined);
    return this.words.add(surface, hash);
  }

  /** The word itself. */
  surface(index: number): string {
    return this.words.at(index);
  }

  lower(index: number): string {
    return this.lowers[index]!;
  }

  /** Its cognate key, if it has one. */
  cognate(index: number): string | undefined {
    return this.cognates[index];
  }

  /** Whether it reads as a name: capitalised, or a gazetteer name in lower case. */
  isName(index: number): boolean {
    return this.names[index] === 1;
  }

  /**
   * Its key in pairing's index: `c:` and its cognate key of `INDEX_COGNATE_LETTERS` letters, or
   * `''` when it has none (see `INDEX_COGNATE_LETTERS` for why the index reads longer keys).
   */
  indexKey(index: number): string {
    let key = this.indexKeys[index];
    if (key === undefined) {
      const cognate = cognateKey(this.words.at(index), this.rules, INDEX_COGNATE_LETTERS);
      key = cognate === undefined ? '' : `c:${cognate}`;
      this.indexKeys[index] = key;
    }
    return key;
  }
}

const TABLES = new Map<string, WordFacts>();

/** Words a table holds before it starts afresh (about 10 MB). */
const MAX_WORDS = 100_000;
