import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';
import { bootState, persistPreferences } from './state/boot';
import { useAppStore } from './state/store';
import { syncUrl } from './state/urlSync';
import './styles.css';

const storage = (() => {
  try {
    return window.localStorage;
  } catch {
    return undefined; // Storage can be blocked; the app works without remembering.
  }
})();

const { language, kept } = bootState({
  search: window.location.search,
  hash: window.location.hash,
  storage,
  browserLanguages: navigator.languages ?? [],
});
const i18n = initI18n(language);
document.documentElement.lang = language;
useAppStore.subscribe((state, previous) => {
  if (state.language === previous.language) return;
  void i18n.changeLanguage(state.language);
  document.documentElement.lang = state.language;
});
persistPreferences(storage, kept);
syncUrl();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
