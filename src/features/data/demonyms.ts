/**
 * Nationality words whose country no regular ending gives (`Welsh` is not `Wal-` + `-ish`):
 * canonical nationality form → canonical country form, both as in the entries above.
 */
export const IRREGULAR_DEMONYMS: ReadonlyMap<string, string> = new Map(
  `welsh=wales dutch=netherlands swiss=switzerland french=france british=united kingdom scottish=scotland
irish=ireland danish=denmark swedish=sweden finnish=finland polish=poland spanish=spain spaniard=spain
turkish=turkey english=england greek=greece norwegian=norway`
    .split(/\s(?=\p{Ll}+=)/u)
    .map((pair) => pair.trim().split('=') as [string, string]),
);
