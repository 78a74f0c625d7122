import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignSentences, checkDivergences, segmentSentences } from '../src/index.js';
import { validateLines, validateText } from '../src/text/validate-text.js';
import { expectWellFormed } from './helpers/well-formed.js';

/** Text of the kinds that break naive code: random Unicode, no punctuation, only numbers, huge or tiny sentences. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }).map((value) => value.replace(/\u0000/g, '')),
  fc.array(fc.integer({ min: 0, max: 99999 }), { maxLength: 60 }).map((numbers) => numbers.join(' ')),
  fc.array(fc.constantFrom('Ja. ', 'Nei! ', '«Hvorfor?» ', '– Ok, sier hun. ', '1. ', 'bl.a. ', '\n\n', 'A. '), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.constant('ord '.repeat(3000)),
  fc.constant('Kort. '.repeat(800)),
);

/** Runs `body`; binary-looking input may instead be refused, but only with the typed E_INPUT. */
function orRefused(body: () => void): void {
  try {
    body();
  } catch (error) {
    expect(error).toMatchObject({ name: 'BitekstError', code: 'E_INPUT' });
  }
}

describe('invariants on random and adversarial text', () => {
  it('segmentation spans cover every non-space character once, in order', () => {
    fc.assert(
      fc.property(text, (value) => orRefused(() => {
        const covered = new Uint8Array(value.length);
        let end = 0;
        for (const sentence of segmentSentences(value, { lang: 'nb', html: false })) {
          expect(sentence.start).toBeGreaterThanOrEqual(end);
          for (let index = sentence.start; index < sentence.end; index += 1) covered[index]! += 1;
          end = sentence.end;
        }
        for (let index = 0; index < value.length; index += 1) {
          if (!/[\s\ufeff]/u.test(value[index]!)) expect(covered[index]).toBe(1);
        }
      })),
      { numRuns: 60 },
    );
  });

  it('every sentence of both sides lies in exactly one bead, beads in order', () => {
    fc.assert(
      fc.property(text, text, (source, target) => orRefused(() => expectWellFormed(alignSentences(source, target, { sourceLang: 'nb', targetLang: 'en' })))),
      { numRuns: 40 },
    );
  });

  it('findings point at existing sentences and carry a message', () => {
    fc.assert(
      fc.property(text, text, (source, target) =>
        orRefused(() => {
          const { alignment, findings } = checkDivergences({ source, target });
          for (const finding of findings) {
            for (const index of finding.source) expect(index).toBeLessThan(alignment.source.length);
            for (const index of finding.target) expect(index).toBeLessThan(alignment.target.length);
            expect(finding.message.length).toBeGreaterThan(0);
          }
        }),
      ),
      { numRuns: 30 },
    );
  });

  it('thousands of tiny sentences against one enormous one', () => {
    expectWellFormed(alignSentences('Ja. '.repeat(3000), 'ord '.repeat(20000)));
  });
});

describe('one input rule for texts and pre-segmented lines', () => {
  /** Lines of any code points, with the characters the rule looks at: controls, NUL, half surrogates. */
  const lines = fc.array(
    fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), fc.constantFrom('\u0001', '\u001b', '\u000b', '\u0000', '\ud800', '\udc00', '😀', '\r', '')), { maxLength: 20 }).map((parts) => parts.join('')),
    { maxLength: 12 },
  );
  const refused = (body: () => void): boolean => {
    try {
      body();
      return false;
    } catch (error) {
      expect(error).toMatchObject({ name: 'BitekstError', code: 'E_INPUT' });
      return true;
    }
  };

  it('refuses lines exactly when it refuses them joined as one text, and segmentation follows the same rule', () => {
    fc.assert(
      fc.property(lines, (value) => {
        const joined = value.join('\n');
        const verdict = refused(() => validateText(joined));
        expect(refused(() => validateLines(value))).toBe(verdict);
        expect(refused(() => segmentSentences(joined, { lang: 'nb', html: false }))).toBe(verdict);
      }),
      { seed: 19, numRuns: 300 },
    );
  });
});
