/** A progress line on a terminal: redrawn at most every `interval` ms, with a unit, rate and ETA. */
export interface Progress {
  /** `done` units of `total` (when known) are finished. */
  update(done: number, total?: number): void;
  /** Draws the final state and ends the line (if anything was drawn). */
  end(): void;
  /** How many times the line was drawn. */
  readonly draws: number;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Where the line goes (standard error). */
  write: (text: string) => void;
  /** Least time between two redraws, in ms. @default 200 */
  interval?: number;
  /** The clock, in ms. @default Date.now */
  now?: () => number;
}

/** `42 s`, `3 min 10 s`, `1 h 5 min`. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

/**
 * A throttled progress line, `label done/total unit  rate unit/s  ETA t`. A job of thousands of
 * small records would otherwise redraw the terminal for every one of them, which costs more than
 * the work on a slow terminal and flickers; the final state is always drawn.
 */
export function createProgress(label: string, unit: string, options: ProgressOptions): Progress {
  const interval = options.interval ?? 200;
  const now = options.now ?? Date.now;
  const started = now();
  let last = -Infinity;
  let draws = 0;
  let drawn = -1;
  let state: { done: number; total: number | undefined } = { done: 0, total: undefined };
  const draw = () => {
    const elapsed = Math.max(0.001, (now() - started) / 1000);
    const rate = state.done / elapsed;
    const count = state.total === undefined ? `${state.done} ${unit}` : `${state.done}/${state.total} ${unit}`;
    const eta = state.total === undefined || rate === 0 ? '' : `  ETA ${formatDuration((state.total - state.done) / rate)}`;
    options.write(`\r${label} ${count}  ${rate.toFixed(rate < 10 ? 1 : 0)} ${unit}/s${eta}   `);
    draws += 1;
    drawn = state.done;
  };
  return {
    update(done, total) {
      state = { done, total };
      const time = now();
      if (time - last < interval && done !== total) return;
      last = time;
      draw();
    },
    end() {
      if (draws === 0) return;
      if (drawn !== state.done) draw();
      options.write('\n');
    },
    get draws() {
      return draws;
    },
  };
}
