import { describe, expect, it } from 'vitest';
import { contrastRatio, PALETTE, TEXT_PAIRS } from '../../../src/workbench/page/palette.js';

describe('the workbench colours', () => {
  it('compute WCAG contrast as the standard does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  for (const [text, background] of TEXT_PAIRS) {
    it(`${text} on ${background} passes WCAG AA for normal text (4.5:1)`, () => {
      expect(contrastRatio(PALETTE[text], PALETTE[background])).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('borders stand out from the background by 3:1 (WCAG non-text contrast)', () => {
    expect(contrastRatio(PALETTE.line, PALETTE.background)).toBeGreaterThanOrEqual(3);
  });
});
