import { describe, expect, it } from 'vitest';
import { createDictionaryView, learnCollectionLexicon, withTranslations } from '../../src/documents/collection-lexicon.js';
import { fingerprintDocument } from '../../src/documents/fingerprint.js';
import { verifyPairWithBeads } from '../../src/documents/verify.js';
import { toyPair } from '../helpers/toy-bitext.js';

const prints = (count: number, sentences = 8) =>
  Array.from({ length: count }, (_, index) => {
    const pair = toyPair(`p${index}`, sentences, index + 7);
    return [fingerprintDocument(pair.source, 'nb'), fingerprintDocument(pair.target, 'en')] as const;
  });

describe('learnCollectionLexicon', () => {
  it('learns word translations from the pairs found, and not words that merely share sentences', () => {
    const lexicon = learnCollectionLexicon(prints(12));
    expect(lexicon).toContainEqual({ source: 'hunden', target: 'hound' });
    expect(lexicon).toContainEqual({ source: 'ser', target: 'watches' });
    expect(lexicon).not.toContainEqual({ source: 'hunden', target: 'moggy' });
    // Each word keeps at most three translations.
    const perWord = new Map<string, number>();
    for (const entry of lexicon) perWord.set(entry.source, (perWord.get(entry.source) ?? 0) + 1);
    expect(Math.max(...perWord.values())).toBeLessThanOrEqual(3);
  });

  it('learns the same from the beads a verifying alignment kept as from aligning the pairs anew', () => {
    const pairs = prints(12);
    const kept = pairs.map(([source, target]) => [source, target, verifyPairWithBeads(source, target, 1.1).teaching] as const);
    expect(kept.every(([, , teaching]) => teaching.length > 0)).toBe(true);
    expect(learnCollectionLexicon(kept)).toEqual(learnCollectionLexicon(pairs));
    // Kept beads are read, not recomputed: with none kept, nothing is learnt.
    expect(learnCollectionLexicon(pairs.map(([source, target]) => [source, target, new Uint32Array(0)] as const))).toEqual([]);
  });

  it('learns nothing from too few sentences, rather than chance', () => {
    expect(learnCollectionLexicon(prints(2))).toEqual([]);
    expect(learnCollectionLexicon([])).toEqual([]);
  });
});

describe('createDictionaryView', () => {
  it('keeps the entries whose source word is in the source and target word in the target', () => {
    const source = fingerprintDocument({ id: 's', text: 'Hunden ser katten.' }, 'nb');
    const target = fingerprintDocument({ id: 't', text: 'The dog watches the cat.' }, 'en');
    const other = fingerprintDocument({ id: 'o', text: 'The boy watches the girl.' }, 'en');
    const view = createDictionaryView([
      { source: 'hunden', target: 'dog' },
      { source: 'ser', target: 'watches' },
      { source: 'gutten', target: 'boy' },
      { source: 'hunden', target: 'hound' },
    ]);
    expect(view(source, target)).toEqual([
      { source: 'hunden', target: 'dog' },
      { source: 'ser', target: 'watches' },
    ]);
    expect(view(source, other)).toEqual([{ source: 'ser', target: 'watches' }]);
  });
});

describe('withTranslations', () => {
  it('adds translated words as keys on both sides and leaves the inputs alone', () => {
    const source = fingerprintDocument({ id: 's', text: 'Hunden ser katten.' }, 'nb');
    const target = fingerprintDocument({ id: 't', text: 'The dog watches the cat.' }, 'en');
    const keys = new Map(source.keys);
    const [[translatedSource], [translatedTarget]] = withTranslations([source], [target], [
      { source: 'hunden', target: 'dog' },
      { source: 'katten', target: 'cat' },
    ]);
    expect(translatedSource!.keys.get('x:dog')).toBe(1);
    expect(translatedSource!.keys.get('x:cat')).toBe(1);
    expect(translatedTarget!.keys.get('x:dog')).toBe(1);
    expect(translatedTarget!.keys.has('x:watches')).toBe(false);
    expect(source.keys).toEqual(keys);
  });
});
