import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../../src/lib/concurrency.ts';

/** A task that waits until released, recording when it starts. */
function gate(log: string[], name: string) {
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return { task: async () => (log.push(`start ${name}`), await done, name), release };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('concurrencyLimit', () => {
  it('runs at most n tasks at once, the others in the order given as places free up', async () => {
    const log: string[] = [];
    const limit = concurrencyLimit(2);
    const gates = ['a', 'b', 'c', 'd'].map((name) => gate(log, name));
    const results = gates.map((g) => limit(g.task));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    gates[1]!.release();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    gates[0]!.release();
    gates[2]!.release();
    gates[3]!.release();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d']);
  });

  it('passes a failure on and frees the place', async () => {
    const limit = concurrencyLimit(1);
    const failed = limit(() => Promise.reject(new Error('404')));
    const next = limit(async () => 'next');
    await expect(failed).rejects.toThrow('404');
    expect(await next).toBe('next');
  });

  it('refuses a limit below one', () => {
    expect(() => concurrencyLimit(0)).toThrow(RangeError);
  });
});
