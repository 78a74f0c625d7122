/**
 * Distinct stretches of text, each with a small integer index, looked up by the stretch itself
 * (`text`, `from`, `end`) rather than by a string cut out of it: a side's words repeat, and
 * slicing each occurrence out only to hash it and find it known is an allocation per token.
 * Open addressing over a power-of-two table; an entry's surface is sliced once, when added.
 */
export class SurfaceTable {
  private slots: Int32Array;
  private hashes: Int32Array;
  private readonly surfaces: string[] = [];

  /** A table with room for about `capacity` surfaces (default 512) before it first grows: a short text's table is small. */
  constructor(capacity = 512) {
    let slots = 16;
    while (slots < 2 * capacity) slots *= 2;
    this.slots = new Int32Array(slots).fill(-1);
    this.hashes = new Int32Array(slots / 2);
  }

  /** Number of surfaces added. */
  get size(): number {
    return this.surfaces.length;
  }

  /** The surface of entry `entry` (an index `add` returned). */
  at(entry: number): string {
    return this.surfaces[entry]!;
  }

  /** The hash of `text[from … end − 1]` (FNV-1a over its UTF-16 code units), to pass to `find` and `add`. */
  static hash(text: string, from: number, end: number): number {
    let hash = 0x811c9dc5 | 0;
    for (let index = from; index < end; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
    return hash;
  }

  /** The index of the surface `text[from … end − 1]`, whose hash is `hash`, or −1 if it was never added. */
  find(text: string, from: number, end: number, hash: number): number {
    const { slots, hashes, surfaces } = this;
    const mask = slots.length - 1;
    const length = end - from;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot]!;
      if (entry < 0) return -1;
      if (hashes[entry] !== hash) continue;
      const surface = surfaces[entry]!;
      if (surface.length !== length) continue;
      let same = true;
      for (let k = 0; k < length && same; k += 1) same = surface.charCodeAt(k) === text.charCodeAt(from + k);
      if (same) return entry;
    }
  }

  /** Adds `surface` (not yet in the table), whose hash is `hash`, and returns its index. */
  add(surface: string, hash: number): number {
    const entry = this.surfaces.length;
    this.surfaces.push(surface);
    if (entry === this.hashes.length) {
      const wider = new Int32Array(2 * entry);
      wider.set(this.hashes);
      this.hashes = wider;
    }
    this.hashes[entry] = hash;
    // Kept at most half full.
    if (2 * (entry + 1) > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(entry);
    return entry;
  }

  private place(entry: number): void {
    const { slots } = this;
    const mask = slots.length - 1;
    let slot = this.hashes[entry]! & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = entry;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity).fill(-1);
    for (let entry = 0; entry < this.surfaces.length; entry += 1) this.place(entry);
  }
}
