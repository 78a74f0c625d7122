import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## CLI\n'), readme.indexOf('\n## API\n'));
const synopsis = /```\n([\s\S]*?)```/.exec(section)![1]!.split('\n');
const COMMANDS = ['segment', 'align', 'check', 'report', 'convert', 'revise', 'batch', 'pair'];

/** The options of a command as its --help lists them, written `[-o|--output FILE]`, without the global ones. */
function helpOptions(help: string): string[] {
  const lines = help.slice(help.indexOf('\noptions:\n') + 10).split('\n\n')[0]!.split('\n');
  const options: string[] = [];
  for (const line of lines) {
    const match = /^ {2}(?:-(\w), )? {0,4}--([\w-]+)(?: (\S+))?/.exec(line);
    if (match === null || match[2] === 'no-color' || match[2] === 'help') continue;
    options.push(`[${match[1] ? `-${match[1]}|` : ''}--${match[2]}${match[3] ? ` ${match[3]}` : ''}]${line.includes('repeatable') ? '…' : ''}`);
  }
  return options;
}

/** The options the README's synopsis lists after `bitekst COMMAND …`. */
function readmeOptions(command: string): { usage: string; options: string[] } {
  const start = synopsis.findIndex((line) => line.startsWith(`bitekst ${command} `));
  expect(start, `README synopsis has no line for bitekst ${command}`).toBeGreaterThanOrEqual(0);
  const options: string[] = [];
  for (const line of synopsis.slice(start + 1)) {
    if (!line.startsWith('    ')) break;
    options.push(...(line.match(/\[[^\]]+\]…?/g) ?? []));
  }
  return { usage: synopsis[start]!, options };
}

describe('the README CLI section and --help', () => {
  for (const command of COMMANDS) {
    it(`agree on the usage and options of bitekst ${command}`, () => {
      const help = runCli([command, '--help']).stdout;
      const { usage, options } = readmeOptions(command);
      expect(`usage: ${usage}`).toBe(help.split('\n')[0]);
      expect(options).toEqual(helpOptions(help));
    });
  }

  it('agree on the numbering convention and the exit codes, word for word', () => {
    const help = runCli(['align', '--help']).stdout.trimEnd().split('\n');
    expect(synopsis).toContain(help.at(-2));
    expect(synopsis).toContain(help.at(-1));
    expect(help.at(-1)).toMatch(/^exit codes: .*4 internal error$/);
  });

  it('list no command that bitekst does not have', () => {
    const listed = synopsis.map((line) => /^bitekst (\w+) /.exec(line)?.[1]).filter((name): name is string => name !== undefined);
    expect(listed).toEqual(COMMANDS);
  });
});
