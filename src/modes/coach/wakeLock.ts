/**
 * Keeps the screen on while a session runs (Screen Wake Lock API). The browser lets the lock go
 * when the page is hidden; it is asked for again when the page comes back while still wanted.
 * Where the API is missing, or the request is refused, the coach says so.
 */
export type WakeState = 'off' | 'held' | 'refused' | 'missing';

export interface WakeKeeper {
  want(on: boolean): void;
  dispose(): void;
}

export function createWakeKeeper(onState: (state: WakeState) => void): WakeKeeper {
  let wanted = false;
  let sentinel: WakeLockSentinel | null = null;
  let asking = false;

  const ask = () => {
    if (!wanted || sentinel !== null || asking || document.visibilityState !== 'visible') return;
    if (!('wakeLock' in navigator) || !navigator.wakeLock) {
      onState('missing');
      return;
    }
    asking = true;
    navigator.wakeLock.request('screen').then(
      (lock) => {
        asking = false;
        if (!wanted) {
          void lock.release();
          return;
        }
        sentinel = lock;
        lock.addEventListener('release', () => {
          if (sentinel === lock) sentinel = null;
        });
        onState('held');
      },
      () => {
        asking = false;
        onState('refused');
      },
    );
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') ask();
  };
  document.addEventListener('visibilitychange', onVisibility);

  return {
    want(on) {
      wanted = on;
      if (on) ask();
      else {
        void sentinel?.release();
        sentinel = null;
        onState('off');
      }
    },
    dispose() {
      document.removeEventListener('visibilitychange', onVisibility);
      wanted = false;
      void sentinel?.release();
      sentinel = null;
    },
  };
}
