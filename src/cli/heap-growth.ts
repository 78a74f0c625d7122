import { setFlagsFromString } from 'node:v8';

/**
 * How far (in percent) the old generation may grow past the live data before the next full
 * garbage collection. V8 picks a factor of up to 4 by itself, sized for browser tabs that live
 * for minutes; a bitekst run allocates steadily over a live set that only grows (fingerprints,
 * beads), so most of that headroom held garbage: pairing 10,000 articles a side peaked at about
 * 530 MB over about 120 MB of live data. At 40 % the same run peaks at about 300 MB, for no
 * measurable CPU time (see the README's speed section).
 */
export const HEAP_GROWING_PERCENT = 40;

/**
 * Tells V8 to grow the heap by {@link HEAP_GROWING_PERCENT} over the live data. The command line
 * calls it once, at start, before any work; a library never changes the process's engine flags,
 * so this lives in the CLI. V8 reads the flag each time it sizes the heap after a collection (it
 * is not one of the flags fixed when the engine starts), in the main thread and the workers.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
