/**
 * A limiter of concurrent tasks: `limit(task)` starts `task` (a function returning a promise) as soon
 * as fewer than `concurrency` of the tasks given to this limiter are running, in the order they were
 * given, and settles as the task does. The fair pack fetches its sheets through one, so that a pack of
 * a hundred products does not open a hundred requests on a fair's Wi-Fi. (p-limit does the same and
 * more, for 850 bytes of gzip on a page whose budget is 17 KB.)
 */
export function concurrencyLimit(concurrency: number): <T>(task: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency ${concurrency}`);
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running < concurrency) running += 1;
    // A task that finishes hands its place to the next one waiting.
    else await new Promise<void>((start) => waiting.push(start));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
