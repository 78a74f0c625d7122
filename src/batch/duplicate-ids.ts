/** The most ids a {@link createDuplicateIds} tracker holds (its memory stops at 32 MB). */
export const MAX_TRACKED_IDS = 3_000_000;

const MAX_SLOTS = 2 ** 22;

/** Tells, for each id in turn, whether an earlier one was the same, in bounded memory. */
export interface DuplicateIds {
  /** Whether `id` was seen before (and notes it); `undefined` once the tracker is full. */
  seen(id: string): boolean | undefined;
  /** Whether the tracker filled up, so that later ids went unchecked. */
  readonly full: boolean;
}

/**
 * A duplicate-id detector for a stream of records of any length: each id is kept as a 64-bit
 * fingerprint (two independent 32-bit hashes) in an open-addressing table that grows by
 * doubling, so memory is 8 bytes a slot and stops at {@link MAX_TRACKED_IDS} ids (32 MB) instead
 * of growing with the run; past that, ids are no longer checked and `full` says so. Two different
 * ids share a fingerprint with probability about n² / 2⁶⁵ (below 10⁻⁶ at 3 million ids).
 */
export function createDuplicateIds(): DuplicateIds {
  let slots = 2 ** 12;
  let high = new Uint32Array(slots);
  let low = new Uint32Array(slots);
  let count = 0;
  let full = false;
  const insert = (h: number, l: number): boolean => {
    let index = (l ^ Math.imul(h, 0x9e3779b1)) >>> 0 & (slots - 1);
    while (high[index] !== 0 || low[index] !== 0) {
      if (high[index] === h && low[index] === l) return true;
      index = (index + 1) & (slots - 1);
    }
    high[index] = h;
    low[index] = l;
    count += 1;
    return false;
  };
  const grow = () => {
    const [oldHigh, oldLow] = [high, low];
    slots *= 2;
    high = new Uint32Array(slots);
    low = new Uint32Array(slots);
    count = 0;
    for (let index = 0; index < oldHigh.length; index += 1) if (oldHigh[index] !== 0 || oldLow[index] !== 0) insert(oldHigh[index]!, oldLow[index]!);
  };
  return {
    seen(id) {
      if (full) return undefined;
      const [h, l] = fingerprint(id);
      const before = insert(h, l);
      if (!before && count >= MAX_TRACKED_IDS) full = true;
      else if (count > slots * 0.75 && slots < MAX_SLOTS) grow();
      return before;
    },
    get full() {
      return full;
    },
  };
}

/** Two 32-bit hashes of a string: FNV-1a, and a multiply-rotate hash with another seed; never both 0. */
function fingerprint(id: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  for (let index = 0; index < id.length; index += 1) {
    const code = id.charCodeAt(index);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul((b ^ code) << 7 | (b ^ code) >>> 25, 0x85ebca6b) ^ (b >>> 13);
  }
  a >>>= 0;
  b = (b ^ id.length) >>> 0;
  return a === 0 && b === 0 ? [0, 1] : [a, b];
}
