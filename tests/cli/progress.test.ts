import { describe, expect, it } from 'vitest';
import { createProgress, formatDuration } from '../../src/cli/progress.js';

describe('createProgress', () => {
  it('redraws at most every 200 ms however many records go by, and always draws the last', () => {
    let clock = 0;
    const written: string[] = [];
    const progress = createProgress('batch', 'records', { write: (text) => written.push(text), now: () => clock });
    for (let done = 1; done <= 3002; done += 1) {
      clock += 1; // 1 ms per record: 3 s in all
      progress.update(done, 3002);
    }
    progress.end();
    expect(progress.draws).toBeLessThanOrEqual(17);
    expect(progress.draws).toBeGreaterThanOrEqual(14);
    expect(written.at(-2)).toMatch(/^\rbatch 3002\/3002 records {2}1000 records\/s {2}ETA 0 s/);
    expect(written.at(-1)).toBe('\n');
  });

  it('shows the unit, the rate and the time left', () => {
    let clock = 0;
    const written: string[] = [];
    const progress = createProgress('pairing', 'steps', { write: (text) => written.push(text), now: () => clock });
    clock = 10_000;
    progress.update(50, 200);
    expect(written[0]).toBe('\rpairing 50/200 steps  5.0 steps/s  ETA 30 s   ');
  });

  it('leaves the ETA out when the total is unknown (standard input), and draws nothing for no update', () => {
    let clock = 0;
    const written: string[] = [];
    const silent = createProgress('batch', 'records', { write: (text) => written.push(text), now: () => clock });
    silent.end();
    expect(written).toEqual([]);
    const progress = createProgress('batch', 'records', { write: (text) => written.push(text), now: () => clock });
    clock = 2000;
    progress.update(40);
    expect(written[0]).toBe('\rbatch 40 records  20 records/s   ');
  });
});

describe('formatDuration', () => {
  it('says seconds, minutes or hours', () => {
    expect([formatDuration(0.4), formatDuration(42), formatDuration(190), formatDuration(3900)]).toEqual(['0 s', '42 s', '3 min 10 s', '1 h 5 min']);
  });
});
