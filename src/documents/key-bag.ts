/**
 * The keys of a whole collection, each string held once and known by a number: a fingerprint
 * then stores numbers, not a map of its own.
 */
export class KeyTable {
  readonly #ids = new Map<string, number>();
  readonly #keys: string[] = [];

  /** The number of `key`, given it the first time it is seen. */
  intern(key: string): number {
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#keys.length;
      this.#ids.set(key, id);
      this.#keys.push(key);
    }
    return id;
  }

  /** The number of `key`, or undefined when the table has not seen it. */
  idOf(key: string): number | undefined {
    return this.#ids.get(key);
  }

  /** How many keys the table has numbered: every number it gave is below it. */
  get size(): number {
    return this.#keys.length;
  }

  /** The key of a number the table gave. */
  keyOf(id: number): string {
    return this.#keys[id]!;
  }
}

/**
 * The one table all these keys are bags of (a pairing run's fingerprints share one), or
 * `undefined` when some are plain maps or bags of another table.
 */
export function sharedKeyTable(prints: readonly { keys: ReadonlyMap<string, number> }[]): KeyTable | undefined {
  const first = prints[0]?.keys;
  if (!(first instanceof KeyBag)) return undefined;
  return prints.every(({ keys }) => keys instanceof KeyBag && keys.table === first.table) ? first.table : undefined;
}

/**
 * A fingerprint's keys with their counts as a read-only map, stored as `[id, count, …]` in one
 * typed array over a {@link KeyTable}: about 8 bytes a key instead of the 30 or so of a `Map`
 * entry, which over a collection of 100,000 documents a side is hundreds of megabytes. Keys come
 * in the order they were given (the order of the map it was made from), so sums over them add
 * up exactly as they did over the map. `get` and `has` scan the keys: a fingerprint has a
 * hundred or so, and they are read in order, not looked up.
 */
export class KeyBag implements ReadonlyMap<string, number> {
  readonly #table: KeyTable;
  #entries: Int32Array;

  /** The keys and counts of `keys`, in its order, numbered by `table`. */
  constructor(keys: ReadonlyMap<string, number>, table: KeyTable) {
    this.#table = table;
    this.#entries = new Int32Array(keys.size * 2);
    let at = 0;
    for (const [key, count] of keys) {
      this.#entries[at++] = table.intern(key);
      this.#entries[at++] = count;
    }
  }

  /** A bag of numbers `table` gave, with their counts, in the map's order. */
  static fromCounts(counts: ReadonlyMap<number, number>, table: KeyTable): KeyBag {
    const entries = new Int32Array(counts.size * 2);
    let at = 0;
    for (const [id, count] of counts) {
      entries[at++] = id;
      entries[at++] = count;
    }
    return KeyBag.fromNumbered(entries, table);
  }

  /** A bag whose storage is `entries`, `[number, count, …]` of numbers `table` gave (taken, not copied). */
  static fromNumbered(entries: Int32Array, table: KeyTable): KeyBag {
    const bag = new KeyBag(new Map(), table);
    bag.#entries = entries;
    return bag;
  }

  /**
   * `bag`'s keys in its order, then those of `more` (numbers of the same table) in theirs; a key
   * in both takes the sum of its counts, in `bag`'s place: the bag `fromCounts` gives for the map
   * of `bag`'s entries with `more` added to it. Where the two share no key (the usual case: `more`
   * holds keys of another kind) the two are laid end to end, without that map.
   */
  static joined(bag: KeyBag, more: ReadonlyMap<number, number>): KeyBag {
    if (more.size === 0) return bag;
    const own = bag.#entries;
    let shared = false;
    for (let at = 0; at < own.length && !shared; at += 2) shared = more.has(own[at]!);
    if (shared) {
      const counts = new Map<number, number>();
      for (let at = 0; at < own.length; at += 2) counts.set(own[at]!, own[at + 1]!);
      for (const [id, count] of more) counts.set(id, (counts.get(id) ?? 0) + count);
      return KeyBag.fromCounts(counts, bag.#table);
    }
    const entries = new Int32Array(own.length + more.size * 2);
    entries.set(own);
    let at = own.length;
    for (const [id, count] of more) {
      entries[at++] = id;
      entries[at++] = count;
    }
    return KeyBag.fromNumbered(entries, bag.#table);
  }

  get size(): number {
    return this.#entries.length >> 1;
  }

  /** The table whose numbers {@link numbered} gives. */
  get table(): KeyTable {
    return this.#table;
  }

  /** The keys as `[number, count, …]`, numbers of {@link table}, in order: the bag's own storage, to be read, never changed. */
  numbered(): Int32Array {
    return this.#entries;
  }

  get(key: string): number | undefined {
    const id = this.#table.idOf(key);
    if (id === undefined) return undefined;
    for (let at = 0; at < this.#entries.length; at += 2) if (this.#entries[at] === id) return this.#entries[at + 1];
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  *entries(): MapIterator<[string, number]> {
    for (let at = 0; at < this.#entries.length; at += 2) yield [this.#table.keyOf(this.#entries[at]!), this.#entries[at + 1]!];
  }

  *keys(): MapIterator<string> {
    for (let at = 0; at < this.#entries.length; at += 2) yield this.#table.keyOf(this.#entries[at]!);
  }

  *values(): MapIterator<number> {
    for (let at = 1; at < this.#entries.length; at += 2) yield this.#entries[at]!;
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArg?: unknown): void {
    for (let at = 0; at < this.#entries.length; at += 2) callback.call(thisArg, this.#entries[at + 1]!, this.#table.keyOf(this.#entries[at]!), this);
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
