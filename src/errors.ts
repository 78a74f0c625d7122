/**
 * Machine-readable reasons a bitekst function refuses its input.
 *
 * - `E_INPUT`: the input is not usable text (binary data, wrong type, a file that is not text).
 * - `E_LANGUAGE`: a language tag is malformed or the text is not in the language it claims.
 * - `E_BUDGET`: the input would need more work or memory than the caller allowed.
 * - `E_USAGE`: an option or argument is invalid.
 * - `E_TMX`, `E_TSV`, `E_JSON`: a file in that format is malformed.
 * - `E_WORKER`: a worker thread stopped (crashed, or ran out of memory): a batch worker holding a
 *   record (reported in its error record), or a pairing worker (the `pair` command stops).
 * - `E_INTERNAL`: a bug in bitekst, not in the input; reported in batch error records, never thrown
 *   on purpose.
 */
export type ErrorCode = 'E_INPUT' | 'E_LANGUAGE' | 'E_BUDGET' | 'E_USAGE' | 'E_TMX' | 'E_TSV' | 'E_JSON' | 'E_INTERNAL' | 'E_WORKER';

/** Context carried by a {@link BitekstError}. */
export interface BitekstErrorDetails {
  /** 1-based line in the offending input, where known. */
  line?: number;
  /** 1-based column in the offending input, where known. */
  column?: number;
  /** 0-based UTF-16 offset in the offending input, where known. */
  offset?: number;
  /** The underlying error. */
  cause?: unknown;
}

/**
 * The one error class bitekst throws. Match on `code`, never on the message.
 *
 * @example
 * ```ts
 * try { segmentSentences(buffer, { lang: 'nb' }) }
 * catch (error) { if (isBitekstError(error) && error.code === 'E_INPUT') … }
 * ```
 */
export class BitekstError extends Error {
  override readonly name = 'BitekstError';
  readonly code: ErrorCode;
  readonly line?: number;
  readonly column?: number;
  readonly offset?: number;

  constructor(code: ErrorCode, message: string, details: BitekstErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = code;
    if (details.line !== undefined) this.line = details.line;
    if (details.column !== undefined) this.column = details.column;
    if (details.offset !== undefined) this.offset = details.offset;
  }
}

/**
 * Whether `value` is a {@link BitekstError}. Checks `name` and `code` rather than `instanceof`,
 * so it also recognises errors from another copy of the package or another realm.
 */
export function isBitekstError(value: unknown): value is BitekstError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { name?: unknown }).name === 'BitekstError' &&
    typeof (value as { code?: unknown }).code === 'string'
  );
}

/** 1-based line and column of a UTF-16 offset in `text`. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
