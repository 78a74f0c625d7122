import { EXIT_CODES, GLOBAL_OPTIONS, NUMBERING, type CommandSpec, type OptionSpec } from './spec.js';

const optionLabel = (option: OptionSpec) =>
  `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;

/** The one-line synopsis of a command: `bitekst align SOURCE TARGET [options]`. */
export function formatSynopsis(spec: CommandSpec): string {
  return `bitekst ${spec.name} ${spec.synopsis} [options]`;
}

/**
 * What `bitekst COMMAND --help` prints: usage, arguments, every option with its default,
 * examples, the numbering convention and the exit codes.
 */
export function formatCommandHelp(spec: CommandSpec): string {
  const options = [...spec.options, ...GLOBAL_OPTIONS];
  const width = Math.min(34, Math.max(...options.map((option) => optionLabel(option).length), ...spec.arguments.map(([name]) => name.length + 4)) + 2);
  const row = (label: string, text: string) => `  ${label.padEnd(width)}${label.length >= width ? `\n  ${' '.repeat(width)}` : ''}${text}`;
  const lines = [`usage: ${formatSynopsis(spec)}`, '', `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`, ''];
  if (spec.arguments.length > 0) lines.push('arguments:', ...spec.arguments.map(([name, text]) => row(`    ${name}`, text)), '');
  lines.push('options:');
  for (const option of options) {
    const extras = [option.multiple ? 'repeatable' : '', option.default === undefined ? '' : `default: ${option.default}`].filter(Boolean);
    lines.push(row(optionLabel(option), `${option.description}${extras.length > 0 ? ` (${extras.join('; ')})` : ''}`));
  }
  lines.push('');
  if (spec.notes && spec.notes.length > 0) lines.push(...spec.notes, '');
  lines.push(spec.examples.length === 1 ? 'example:' : 'examples:', ...spec.examples.map((example) => `  ${example}`), '', NUMBERING, EXIT_CODES, '');
  return lines.join('\n');
}

/** What `bitekst --help` prints: every command with its synopsis and summary. */
export function formatMainHelp(version: string, specs: readonly CommandSpec[]): string {
  const width = Math.max(0, ...specs.map((spec) => spec.name.length)) + 2;
  const commands = specs.map((spec) => `  ${spec.name.padEnd(width)}${spec.summary}\n  ${' '.repeat(width)}${formatSynopsis(spec)}`);
  return [
    `bitekst ${version}: Norwegian–English parallel text`,
    '',
    'usage: bitekst COMMAND [options]',
    '',
    'commands:',
    ...commands,
    '',
    'options:',
    '  -h, --help     show help; bitekst COMMAND --help shows the options of a command',
    '  -v, --version  print the version',
    '      --no-color no colours (also NO_COLOR=1; FORCE_COLOR=1 forces them)',
    '',
    'FILE arguments may be - for standard input, and -o - writes to standard output.',
    NUMBERING,
    EXIT_CODES,
    '',
  ].join('\n');
}
