/**
 * Gives each distinct string a small integer id, shared by both sides of a document pair.
 * Keys are namespaced by their prefix up to the first `:` (`s:`, `t:`, `c:`, `l:`); `in` takes
 * the prefix and the rest apart, so that the hot paths intern a word without building the joined
 * string (a joined key is a fresh string to flatten and hash on every look-up).
 */
export interface Interner {
  id(key: string): number;
  /** The id of `space + key`, where `space` is `''` or a prefix whose only `:` is its last character. */
  in(space: string, key: string): number;
  /** Whether `space + key` already has an id; never adds it. */
  has(space: string, key: string): boolean;
  readonly size: number;
}

/** A fresh {@link Interner}. */
export function createInterner(): Interner {
  const spaces = new Map<string, Map<string, number>>();
  let size = 0;
  const lookUp = (space: string, key: string): number => {
    let ids = spaces.get(space);
    if (ids === undefined) {
      ids = new Map();
      spaces.set(space, ids);
    }
    let id = ids.get(key);
    if (id === undefined) {
      id = size;
      size += 1;
      ids.set(key, id);
    }
    return id;
  };
  return {
    id(key: string): number {
      const colon = key.indexOf(':');
      return colon < 0 ? lookUp('', key) : lookUp(key.slice(0, colon + 1), key.slice(colon + 1));
    },
    in: lookUp,
    has: (space, key) => spaces.get(space)?.has(key) ?? false,
    get size() {
      return size;
    },
  };
}
