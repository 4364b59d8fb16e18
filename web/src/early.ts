/**
 * Requests started by the boot script while the page was still loading, handed to the app's first
 * fetch of the same URL. Each is taken once; the first change of route drops those not taken, so
 * that no answer is used long after it was asked for.
 */
const KEY = '__tidingsEarly';

type Holder = { [KEY]?: Map<string, Promise<Response>> };

export function startEarly(urls: readonly string[]): void {
  const started = new Map<string, Promise<Response>>();
  for (const u of urls) {
    const answer = fetch(u);
    // A failure is the taker's to report; one never taken must not show as an unhandled rejection.
    answer.catch(() => undefined);
    started.set(u, answer);
  }
  (window as Holder)[KEY] = started;
  window.addEventListener('hashchange', () => started.clear(), { once: true });
}

export function takeEarly(url: string): Promise<Response> | undefined {
  const started = (window as Holder)[KEY];
  const p = started?.get(url);
  started?.delete(url);
  return p;
}
