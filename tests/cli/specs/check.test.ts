import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../../src/check/divergences.js';
import { CHECK_KINDS } from '../../../src/cli/specs/check.js';

describe('check spec', () => {
  it('lists the finding kinds of the checks, in report order', () => {
    expect(CHECK_KINDS).toEqual(FINDING_KINDS);
  });
});
