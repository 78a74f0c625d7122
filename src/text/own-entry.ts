/**
 * The value a plain-object table holds for a key read from text, or `undefined`.
 *
 * `table[word]` on an object literal also finds what it inherits, so a sentence containing
 * `constructor` or `toString` would read a function where a string or number was expected.
 * Every table keyed by words of a document is read through this.
 */
export function ownEntry<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
