/** Gives each distinct string a small integer id, shared by both sides of a document pair. */
export interface Interner {
  id(key: string): number;
  readonly size: number;
}

/** A fresh {@link Interner}. */
export function createInterner(): Interner {
  const ids = new Map<string, number>();
  return {
    id(key: string): number {
      let id = ids.get(key);
      if (id === undefined) {
        id = ids.size;
        ids.set(key, id);
      }
      return id;
    },
    get size() {
      return ids.size;
    },
  };
}
