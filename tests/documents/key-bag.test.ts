import { describe, expect, it } from 'vitest';
import { KeyBag, KeyTable } from '../../src/documents/key-bag.js';

describe('KeyBag', () => {
  const table = new KeyTable();
  const source = new Map([['#2020', 2], ['n:pashinian', 1], ['c:armen', 3]]);
  const bag = new KeyBag(source, table);

  it('reads as the map it was made from, in the same order', () => {
    expect([...bag]).toEqual([...source]);
    expect([...bag.keys()]).toEqual([...source.keys()]);
    expect([...bag.values()]).toEqual([2, 1, 3]);
    expect(bag.size).toBe(3);
    expect(new Map(bag)).toEqual(source);
    const seen: string[] = [];
    bag.forEach((count, key) => seen.push(`${key}=${count}`));
    expect(seen).toEqual(['#2020=2', 'n:pashinian=1', 'c:armen=3']);
  });

  it('answers get and has, also for keys the collection has and it does not', () => {
    new KeyBag(new Map([['c:other', 1]]), table);
    expect(bag.get('c:armen')).toBe(3);
    expect(bag.has('n:pashinian')).toBe(true);
    expect(bag.get('c:other')).toBeUndefined();
    expect(bag.has('never seen')).toBe(false);
  });

  it('holds each key string once for the whole collection', () => {
    const other = new KeyBag(new Map([[['n:', 'pashinian'].join(''), 5]]), table);
    expect([...other.keys()][0]).toBe([...bag.keys()][1]);
    expect(table.idOf('n:pashinian')).toBe(1);
    expect(table.keyOf(1)).toBe('n:pashinian');
  });
  it('is made from counts of numbers the table gave, in their order', () => {
    const counts = new Map([[table.intern('x:house'), 2], [table.idOf('c:armen')!, 1]]);
    const made = KeyBag.fromCounts(counts, table);
    expect([...made]).toEqual([['x:house', 2], ['c:armen', 1]]);
    expect(made.numbered()).toEqual(Int32Array.from([table.idOf('x:house')!, 2, table.idOf('c:armen')!, 1]));
  });
  it('joins counts of more numbers after its own keys, summing a key it already has in its place', () => {
    const bag = new KeyBag(new Map([['#1915', 2], ['n:pashinian', 1]]), table);
    const joined = KeyBag.joined(bag, new Map([[table.intern('x:house'), 3], [table.idOf('#1915')!, 1]]));
    expect([...joined]).toEqual([['#1915', 3], ['n:pashinian', 1], ['x:house', 3]]);
    // The bag itself is unchanged, and a second join starts afresh.
    expect([...bag]).toEqual([['#1915', 2], ['n:pashinian', 1]]);
    expect([...KeyBag.joined(bag, new Map([[table.idOf('x:house')!, 1]]))]).toEqual([['#1915', 2], ['n:pashinian', 1], ['x:house', 1]]);
    expect(KeyBag.joined(bag, new Map())).toBe(bag);
  });
});
