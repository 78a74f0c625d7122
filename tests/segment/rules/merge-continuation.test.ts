import { describe, expect, it } from 'vitest';
import { continuesSentence, opensDialogue } from '../../../src/segment/rules/merge-continuation.js';

describe('continuesSentence', () => {
  it('continues after a closing quote, an ellipsis or a point before lower case', () => {
    expect(continuesSentence('«Hva skjer?»', ' spurte hun.', false, false)).toBe(true);
    expect(continuesSentence('ikke noen liten...', ' og nå', false, false)).toBe(true);
  });

  it('continues after ? or ! before lower case only in dialogue', () => {
    expect(continuesSentence('- Kommer du?', ' spør hun.', true, false)).toBe(true);
    expect(continuesSentence('are you kidding?', ' why would you', false, false)).toBe(false);
  });

  it('never continues in text written without capitals, before a dash or a capital', () => {
    expect(continuesSentence('«Hva skjer?»', ' spurte hun.', false, true)).toBe(false);
    expect(continuesSentence('Ja.', ' - nei', false, false)).toBe(false);
    expect(continuesSentence('Ja.', ' Nei', false, false)).toBe(false);
  });
});

describe('opensDialogue', () => {
  it('recognises a dash or a hyphen that opens a line of dialogue', () => {
    expect(opensDialogue('– Ja')).toBe(true);
    expect(opensDialogue('- Ja')).toBe(true);
    expect(opensDialogue('-Ja')).toBe(true);
    expect(opensDialogue('-20 grader')).toBe(false);
    expect(opensDialogue('Ja')).toBe(false);
  });
});
