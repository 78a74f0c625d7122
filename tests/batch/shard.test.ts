import { describe, expect, it } from 'vitest';
import { inShard, parseShard, peekId, type Shard } from '../../src/batch/shard.js';

const shards = (count: number): Shard[] => Array.from({ length: count }, (_, index) => ({ index: index + 1, count }));

describe('parseShard', () => {
  it('reads K/N, 1-based', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    expect(parseShard(' 1/1 ')).toEqual({ index: 1, count: 1 });
    expect(parseShard('10/10')).toEqual({ index: 10, count: 10 });
  });

  it('refuses anything else with E_USAGE', () => {
    for (const text of ['0/3', '4/3', '1/0', '0/0', '-1/2', '1-3', '1/2/3', 'a/b', '1.5/3', '', '/']) {
      expect(() => parseShard(text), text).toThrow(expect.objectContaining({ name: 'BitekstError', code: 'E_USAGE' }));
    }
  });
});

describe('inShard', () => {
  it('puts every record in exactly one shard, by id or, without one, by position', () => {
    for (const count of [2, 3, 7]) {
      for (let record = 0; record < 300; record += 1) {
        const id = record % 5 === 0 ? undefined : `doc-${record}`;
        expect(shards(count).filter((shard) => inShard(shard, id, record)), `record ${record} of ${count} shards`).toHaveLength(1);
      }
    }
  });

  it('keeps a record with an id in its shard wherever it is in the input', () => {
    for (const id of ['a', 'p1', 'æøå', '']) {
      const home = shards(4).findIndex((shard) => inShard(shard, id, 0));
      for (const position of [1, 17, 12345]) expect(shards(4).findIndex((shard) => inShard(shard, id, position))).toBe(home);
    }
  });

  it('splits by FNV-1a, so that every machine and every version agree', () => {
    // FNV-1a 32-bit test vectors: "a" → 0xe40c292c, "foobar" → 0xbf9cf968.
    expect(inShard({ index: 1, count: 2 }, 'a', 9)).toBe(0xe40c292c % 2 === 0);
    expect(shards(3).findIndex((shard) => inShard(shard, 'a', 9))).toBe(0xe40c292c % 3);
    expect(shards(5).findIndex((shard) => inShard(shard, 'foobar', 9))).toBe(0xbf9cf968 % 5);
    expect(shards(7).findIndex((shard) => inShard(shard, 'foobar', 9))).toBe(0xbf9cf968 % 7);
  });

  it('spreads records evenly enough over the shards', () => {
    const sizes = [0, 0, 0, 0];
    for (let record = 0; record < 4000; record += 1) sizes[shards(4).findIndex((shard) => inShard(shard, `article-${record}.txt`, record))]! += 1;
    for (const size of sizes) {
      expect(size).toBeGreaterThan(800);
      expect(size).toBeLessThan(1200);
    }
  });

  it('takes everything into a single shard', () => {
    expect(inShard({ index: 1, count: 1 }, undefined, 0)).toBe(true);
    expect(inShard({ index: 1, count: 1 }, 'x', 99)).toBe(true);
  });
});

describe('peekId', () => {
  it('reads a string or integer id wherever the key is in the record', () => {
    expect(peekId('{"id":"p1","source":"Hei","target":"Hello"}')).toBe('p1');
    expect(peekId('{"source":"Hei", "id" : 42}')).toBe('42');
    expect(peekId('{"id": -3}')).toBe('-3');
  });

  it('decodes the escapes of a string id', () => {
    expect(peekId('{"id":"a\\"b\\\\c"}')).toBe('a"b\\c');
    expect(peekId('{"id":"bl\\u00e5"}')).toBe('blå');
  });

  it('gives no id for a record without one, or with one that is not a string or a number', () => {
    expect(peekId('{"source":"Hei","target":"Hello"}')).toBeUndefined();
    expect(peekId('{"id":null}')).toBeUndefined();
    expect(peekId('{"id":true}')).toBeUndefined();
    expect(peekId('{"paid":"x"}')).toBeUndefined();
    expect(peekId('not json')).toBeUndefined();
  });

  // `batch --resume` compares this id with the ids of the records already written, which the
  // worker takes from the parsed record: the two must agree, or a record is redone.
  it("reads the record's own id, not that of a document listed before it", () => {
    expect(peekId('{"sources":[{"id":"a.txt","text":"x"}],"targets":[],"id":"r1"}')).toBe('r1');
    expect(peekId('{"sources":[{"id":"a.txt"}],"targets":[{"id":"b.txt"}]}')).toBeUndefined();
    expect(peekId('{"source":"\\"id\\": \\"no\\"","id":"yes"}')).toBe('yes');
    expect(peekId('{"meta":{"id":"inner"},"id" :\t"outer"}')).toBe('outer');
    expect(peekId('[{"id":"in an array"}]')).toBeUndefined();
  });

  it('agrees with JSON.parse and the worker on every record: last key wins, numbers as String(value)', () => {
    for (const line of [
      '{"id":"a","id":"b"}',
      '{"id":1.50}',
      '{"id":1e3}',
      '{"id":-0.25,"x":[1,{"id":2}]}',
      '{"\\u0069d":"escaped key"}',
      '{"x":"id","id":"after a value that reads id"}',
      '{ "id" : "spaced" , "text" : "{[" }',
    ]) {
      const record = JSON.parse(line) as { id?: unknown };
      expect(peekId(line), line).toBe(String(record.id));
    }
  });
});
