import packageJson from '../package.json' with { type: 'json' };

/** The version of bitekst, as published. */
export const VERSION: string = packageJson.version;
