import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../src/index.js';

describe('parseDictionary', () => {
  it("reads hunalign's target @ source format and TSV, skipping comments and blank lines", () => {
    expect(parseDictionary('# nb-en\ndog @ hund\r\n\nkatt\tcat\n')).toEqual([
      { source: 'hund', target: 'dog' },
      { source: 'katt', target: 'cat' },
    ]);
  });

  it('refuses a line in neither format with E_TSV and the line number', () => {
    expect(() => parseDictionary('dog @ hund\nnonsense\n')).toThrow(expect.objectContaining({ code: 'E_TSV', line: 2 }));
  });
});
