/** The formats an alignment can be written in (a module of its own: the help tables read it without loading any writer). */
export const OUTPUT_FORMATS = ['beads', 'json', 'tsv', 'text', 'tmx', 'moses', 'ladder', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
