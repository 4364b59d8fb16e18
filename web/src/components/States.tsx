import type { ComponentChildren } from 'preact';
import type { Async } from '../useAsync.js';

export function Loading({ what }: { what: string }) {
  return (
    <p class="state loading" role="status" aria-live="polite">
      Loading {what}…
    </p>
  );
}

export function Failure({ error }: { error: Error }) {
  return (
    <p class="state error" role="alert">
      Something went wrong: {error.message}
    </p>
  );
}

export function Empty({ children }: { children: ComponentChildren }) {
  return <p class="state empty">{children}</p>;
}

/** Loading, error or the content of an async result. */
export function AsyncView<T>({ result, what, children }: { result: Async<T>; what: string; children: (data: T) => ComponentChildren }) {
  if (result.state === 'loading') return <Loading what={what} />;
  if (result.state === 'error') return <Failure error={result.error} />;
  return <>{children(result.data)}</>;
}
