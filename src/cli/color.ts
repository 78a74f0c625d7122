/**
 * Whether to colour output, by the conventions of https://no-color.org and FORCE_COLOR:
 * `--no-color` or a non-empty NO_COLOR turn colours off, a FORCE_COLOR other than `0`/`false`
 * turns them on, and otherwise only a terminal gets them.
 */
export function useColor(env: Record<string, string | undefined>, noColorFlag: boolean, isTTY: boolean): boolean {
  if (noColorFlag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY;
}
