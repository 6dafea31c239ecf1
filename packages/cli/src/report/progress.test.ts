import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Progress } from './progress.js';

function setup(enabled: boolean) {
  const stream = new PassThrough();
  let written = '';
  stream.on('data', (chunk: Buffer) => (written += chunk.toString()));
  let time = 1000;
  const progress = new Progress(stream, enabled, 60, () => time);
  return { progress, advance: (ms: number) => (time += ms), written: () => written };
}

describe('Progress', () => {
  it('writes nothing when disabled (piped, --quiet, --json)', () => {
    const { progress, advance, written } = setup(false);
    advance(5000);
    progress.update(5, 10, 'records');
    progress.clear();
    expect(written()).toBe('');
  });

  it('stays hidden for short work, then draws a bar at most every 100 ms and erases it', () => {
    const { progress, advance, written } = setup(true);
    progress.update(1, 10, '1 records');
    advance(499);
    progress.update(2, 10, '2 records');
    expect(written()).toBe('');
    advance(1);
    progress.update(5, 10, '5 records');
    expect(written()).toBe(`\r[${'#'.repeat(20)}${'-'.repeat(20)}]  50% 5 records\x1b[K`);
    const drawn = written();
    advance(50);
    progress.update(6, 10, '6 records');
    expect(written()).toBe(drawn);
    progress.clear();
    expect(written().endsWith('\r\x1b[K')).toBe(true);
  });

  it('draws a counter when the total is unknown (standard input)', () => {
    const { progress, advance, written } = setup(true);
    advance(600);
    progress.update(42, undefined, '42 records');
    expect(written()).toBe('\r42 records\x1b[K');
  });
});
