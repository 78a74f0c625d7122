import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/corpus.js';

describe('the workbench page code', () => {
  it('never parses text as markup: no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    const folder = join(ROOT, 'src', 'workbench', 'page');
    const offenders = readdirSync(folder)
      .filter((name) => name.endsWith('.ts') && name !== 'template.ts')
      .filter((name) => /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\(|new Function\(/.test(readFileSync(join(folder, name), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
