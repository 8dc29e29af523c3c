import { useAppStore } from './store';

/** Keeps `?lang=` in the address bar in step with the app, so a copied link opens the same way. */
export function syncUrl(): () => void {
  const write = () => {
    const { language } = useAppStore.getState();
    const url = new URL(window.location.href);
    url.searchParams.set('lang', language);
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  };
  write();
  return useAppStore.subscribe((state, previous) => {
    if (state.language !== previous.language) write();
  });
}
