import { useLayoutEffect, useState } from 'preact/hooks';

export type Async<T> = { state: 'loading' } | { state: 'error'; error: Error } | { state: 'done'; data: T };

/** Runs a request whenever `deps` change; a newer request aborts the older one. */
export function useAsync<T>(load: (signal: AbortSignal) => Promise<T>, deps: unknown[]): Async<T> {
  const [result, setResult] = useState<Async<T>>({ state: 'loading' });
  // Started as soon as the page is in the DOM, not after the browser has painted it (useEffect waits a frame
  // or more): the request is the longest step of drawing a page, so it goes first.
  useLayoutEffect(() => {
    const ctrl = new AbortController();
    setResult({ state: 'loading' });
    load(ctrl.signal).then(
      (data) => !ctrl.signal.aborted && setResult({ state: 'done', data }),
      (error: unknown) => !ctrl.signal.aborted && setResult({ state: 'error', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => ctrl.abort();
  }, deps);
  return result;
}
