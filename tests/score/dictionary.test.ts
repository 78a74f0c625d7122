import { describe, expect, it } from 'vitest';
import { isBitekstError } from '../../src/errors.js';
import { parseDictionary } from '../../src/score/dictionary.js';

describe('parseDictionary', () => {
  it("reads hunalign's target @ source", () => {
    expect(parseDictionary('house @ hus\nprime minister @ statsminister\n')).toEqual([
      { source: 'hus', target: 'house' },
      { source: 'statsminister', target: 'prime minister' },
    ]);
  });

  it('reads TSV source<TAB>target, CRLF, blank and comment lines', () => {
    expect(parseDictionary('# nb-en\r\n\r\nhus\thouse\r\n  bil \t car \r\n')).toEqual([
      { source: 'hus', target: 'house' },
      { source: 'bil', target: 'car' },
    ]);
  });

  it('mixes both formats in one file', () => {
    expect(parseDictionary('house @ hus\nbil\tcar')).toEqual([
      { source: 'hus', target: 'house' },
      { source: 'bil', target: 'car' },
    ]);
  });

  it('refuses a line in neither format with E_TSV and its line number', () => {
    const read = (text: string) => {
      try {
        parseDictionary(text);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    for (const [text, line] of [
      ['hus\thouse\njust words', 2],
      ['@ hus', 1],
      ['\n\nhus\t', 3],
      ['a @b', 1],
    ] as const) {
      const error = read(text);
      expect(isBitekstError(error)).toBe(true);
      expect(error).toMatchObject({ code: 'E_TSV', line, column: 1 });
    }
  });

  it('reads an empty file as no entries', () => {
    expect(parseDictionary('')).toEqual([]);
  });
});
