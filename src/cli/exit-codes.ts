/**
 * Exit codes: 0 ok, 1 findings at or above `--fail-on`, 2 usage, 3 bad input (or an output that
 * cannot be written), 4 internal error, 5 a batch that finished with error records among its
 * output (the run is complete; the failed records say why). An interrupted batch exits 128 + the
 * signal's number (130 for SIGINT, 143 for SIGTERM), as shells report a process ended by it.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, input: 3, internal: 4, failedRecords: 5 } as const;
