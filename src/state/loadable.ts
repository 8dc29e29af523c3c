import { useEffect, useState } from 'react';

/** Code fetched once, on first ask (`load`), and there to use at once after that (`current`). */
export interface Loadable<T> {
  load(): Promise<T>;
  /** What `load` gave, once it has; null before. */
  readonly current: T | null;
}

/** A module part loaded on demand: `importer` runs on the first `load` (and again after a failure). */
export function loadable<T>(importer: () => Promise<T>): Loadable<T> {
  let current: T | null = null;
  let loading: Promise<T> | null = null;
  return {
    get current() {
      return current;
    },
    load() {
      loading ??= importer().then(
        (value) => (current = value),
        (error: unknown) => {
          loading = null; // a later ask tries again
          throw error;
        },
      );
      return loading;
    },
  };
}

/**
 * What `source` loads, once it has, null until then. Not `React.lazy`
 * in a Suspense boundary: React reveals a boundary that suspended no sooner than 300 ms after its
 * fallback showed, which held the mode and the canvas back that long after their code had come
 * (a second visit's profile: the page idle for 250 ms before the canvas was made). A failed fetch
 * is thrown while rendering, as a lazy component's would be.
 */
export function useLoaded<T>(source: Loadable<T>): T | null {
  const [loaded, setLoaded] = useState<{ readonly from: Loadable<T>; readonly value: T } | null>(null);
  const [failed, setFailed] = useState<{ readonly from: Loadable<T>; readonly error: unknown } | null>(null);
  const ready = source.current;
  useEffect(() => {
    if (ready !== null) return;
    let mounted = true;
    source.load().then(
      (value) => mounted && setLoaded({ from: source, value }),
      (error: unknown) => mounted && setFailed({ from: source, error }),
    );
    return () => {
      mounted = false;
    };
  }, [source, ready]);
  if (failed?.from === source) throw failed.error;
  if (ready !== null) return ready;
  return loaded?.from === source ? loaded.value : null;
}
