/** A dateline such as `date 2020-10` or `dato 2020-10-04` opening a text or a paragraph. */
const DATELINE = /^(?:date|dato|datum)\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?=\s)/iu;

/**
 * Where a leading dateline ends inside `text`, so that it becomes its own segment rather than
 * the start of the first sentence; `undefined` when the text does not open with one.
 */
export function findDatelineBreak(text: string): number | undefined {
  const lead = text.length - text.trimStart().length;
  const match = DATELINE.exec(text.slice(lead));
  return match === null ? undefined : lead + match[0].length;
}

/** The date a text's leading dateline gives (`2020-10`), or `undefined`. */
export function readDateline(text: string): string | undefined {
  const match = DATELINE.exec(text.trimStart());
  if (match === null) return undefined;
  return match[3] === undefined ? `${match[1]}-${match[2]}` : `${match[1]}-${match[2]}-${match[3]}`;
}
