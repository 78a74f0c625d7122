import { describe, expect, it } from 'vitest';
import { findEnumeratorEnd } from '../../../src/segment/rules/keep-enumerator.js';

describe('findEnumeratorEnd', () => {
  it('finds the end of a leading list number or letter', () => {
    expect(findEnumeratorEnd('1. Første punkt')).toBe(3);
    expect(findEnumeratorEnd('2) Second item')).toBe(3);
    expect(findEnumeratorEnd('iv. Fourth')).toBe(4);
    expect(findEnumeratorEnd('11.4 Utvalget')).toBeUndefined();
  });

  it('does not read a year or running text as an enumerator', () => {
    expect(findEnumeratorEnd('1990. Det var året.')).toBeUndefined();
    expect(findEnumeratorEnd('Han kom i 1990. Så gikk han.')).toBeUndefined();
  });
});
