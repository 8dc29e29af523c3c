import { DEFAULT_MODE } from './modeIds';
import { useAppStore } from './store';

/**
 * Keeps `?mode=`, `?step=` and `?lang=` in the address bar in step with the app, so a trainer can copy the
 * link to step 3 in English and it opens there. A link that named its step in the hash is
 * rewritten to the query form.
 */
export function syncUrl(): () => void {
  const write = () => {
    const { language, selectedView, mode } = useAppStore.getState();
    const url = new URL(window.location.href);
    if (mode === DEFAULT_MODE) url.searchParams.delete('mode');
    else url.searchParams.set('mode', mode);
    url.searchParams.set('step', selectedView);
    url.searchParams.set('lang', language);
    url.hash = ''; // A step named in the hash (`#/neck`) was read at boot; the query says it now.
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  };
  write();
  return useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language || state.selectedView !== previous.selectedView || state.mode !== previous.mode) write();
  });
}
