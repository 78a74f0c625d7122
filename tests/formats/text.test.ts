import { describe, expect, it } from 'vitest';
import { rebuildAlignment } from '../../src/formats/rebuild.js';
import { formatText } from '../../src/formats/text.js';

describe('formatText', () => {
  it('writes each bead with its indices, score, language marks and the side it is missing', () => {
    const alignment = rebuildAlignment('nb', 'en', [
      { source: ['Hei.'], target: ['Hello.'], score: 0.9 },
      { source: ['To.', 'Tre.'], target: ['Two, three.'], score: 0.754 },
      { source: ['Foto: NTB'], target: [], score: 0.5 },
      { source: [], target: ['Read more'], score: 1 },
    ]);
    expect(formatText(alignment)).toBe(
      '[0]:[0]  score 0.90\n' +
        '  nb │ Hei.\n' +
        '  en │ Hello.\n' +
        '\n' +
        '[1,2]:[1]  score 0.75\n' +
        '  nb │ To.\n' +
        '  nb │ Tre.\n' +
        '  en │ Two, three.\n' +
        '\n' +
        '[3]:[]  score 0.50  − only in source\n' +
        '  nb │ Foto: NTB\n' +
        '\n' +
        '[]:[2]  score 1.00  + only in target\n' +
        '  en │ Read more\n',
    );
  });

  it('marks the sentences with the tags the alignment gives', () => {
    const alignment = rebuildAlignment('nn-NO', 'en-GB', [{ source: ['Eg.'], target: ['I.'], score: 1 }]);
    expect(formatText(alignment)).toBe('[0]:[0]  score 1.00\n  nn-NO │ Eg.\n  en-GB │ I.\n');
  });

  it('writes nothing for an alignment without beads', () => {
    expect(formatText(rebuildAlignment('nb', 'en', []))).toBe('');
  });
});
