import { describe, expect, it } from 'vitest';
import { abbreviationsFor } from '../../../src/segment/data/abbreviations.js';
import { findDialogueBreaks } from '../../../src/segment/rules/split-dialogue.js';

const breaks = (text: string) => findDialogueBreaks(text, abbreviationsFor('nb')).map((at) => text.slice(at, at + 4));

describe('findDialogueBreaks', () => {
  it('breaks before an en dash, a hyphen or a double hyphen after a finished sentence', () => {
    expect(breaks('Det er bra. – Ja. - Nei? -- Kanskje! -Greit.')).toEqual(['– Ja', '- Ne', '-- K', '-Gre']);
  });

  it('does not break at ranges, parenthetical dashes or after abbreviations', () => {
    expect(breaks('Stengt 10. - 12. mai.')).toEqual([]);
    expect(breaks('Debatten er - igjen - redusert.')).toEqual([]);
    expect(breaks('Det gjelder bl.a. - som kjent - alle.')).toEqual([]);
    expect(breaks('Prisen falt. - 20 prosent er mye.')).toEqual([]);
  });
});
