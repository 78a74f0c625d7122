import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { ROOT } from '../helpers/corpus.js';
import { runInProcess } from './in-process.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('\n## CLI\n'), readme.indexOf('\n## API\n'));
const synopsis = /```\n([\s\S]*?)```/.exec(section)![1]!.split('\n');
const COMMANDS = ['segment', 'align', 'check', 'report', 'convert', 'revise', 'batch', 'pair', 'workbench'];

/** The options of a command as its --help lists them, written `[-o|--output FILE]`, without the global ones. */
function helpOptions(help: string): string[] {
  const lines = help.slice(help.indexOf('\noptions:\n') + 10).split('\n\n')[0]!.split('\n');
  const options: string[] = [];
  for (const line of lines) {
    const match = /^ {2}(?:-(\w), )? {0,4}--([\w-]+)(?: (\S+))?/.exec(line);
    if (match === null || match[2] === 'no-color' || match[2] === 'max-input' || match[2] === 'help') continue;
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
    it(`agree on the usage and options of bitekst ${command}`, async () => {
      const help = (await runInProcess([command, '--help'])).stdout;
      const { usage, options } = readmeOptions(command);
      expect(`usage: ${usage}`).toBe(help.split('\n')[0]);
      expect(options).toEqual(helpOptions(help));
    });
  }

  it('agree on the numbering convention and the exit codes, word for word', async () => {
    const help = runCli(['align', '--help']).stdout.trimEnd().split('\n');
    expect((await runInProcess(['align', '--help'])).stdout.trimEnd().split('\n')).toEqual(help);
    expect(synopsis).toContain(help.at(-2));
    expect(synopsis).toContain(help.at(-1));
    expect(help.at(-1)).toMatch(/^exit codes: .*4 internal error, 5 batch finished with failed records$/);
  });

  it('list no command that bitekst does not have', () => {
    const listed = synopsis.map((line) => /^bitekst (\w+) /.exec(line)?.[1]).filter((name): name is string => name !== undefined);
    expect(listed).toEqual(COMMANDS);
  });
});

/**
 * The README's "Use" block as a program: each `expression; //=> value` (the value on the same
 * line, or on the `//=>` line after the statement) becomes an assertion that the expression's
 * value deep-equals the value shown.
 */
function useBlockAsProgram(): string {
  const use = readme.slice(readme.indexOf('\n## Use\n'), readme.indexOf('\n## CLI\n'));
  const lines = /```ts\n([\s\S]*?)```/.exec(use)![1]!.split('\n');
  const out: string[] = ["import { deepStrictEqual } from 'node:assert/strict';"];
  let statement: string[] = []; // the statement being read
  let last: string[] | undefined; // the statement just completed, which a //=> line may follow
  const flush = () => {
    if (last !== undefined) out.push(...last);
    last = undefined;
  };
  for (const line of lines) {
    const inline = /^(.*?);\s*\/\/=> (.*)$/.exec(line);
    if (inline !== null) {
      flush();
      out.push(...statement, `deepStrictEqual(${inline[1]}, ${inline[2]});`);
      statement = [];
    } else if (line.startsWith('//=> ')) {
      out.push(`deepStrictEqual(${last!.join('\n').replace(/;\s*$/, '')}, ${line.slice(5)});`);
      last = undefined;
    } else if (statement.length === 0 && (line.trim() === '' || line.trim().startsWith('//'))) {
      flush();
      out.push(line);
    } else {
      statement.push(line);
      if (/;\s*$/.test(line)) {
        flush();
        last = statement;
        statement = [];
      }
    }
  }
  flush();
  out.push(...statement);
  return out.join('\n');
}

describe('the README "Use" block', () => {
  it('runs as written against the built package, and every //=> holds', () => {
    const program = useBlockAsProgram();
    expect(program.match(/deepStrictEqual\(/g)!.length).toBeGreaterThanOrEqual(6);
    const folder = join(ROOT, 'tests', '.tmp');
    mkdirSync(folder, { recursive: true });
    const file = join(folder, 'readme-use.ts');
    writeFileSync(file, program);
    const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: folder, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
