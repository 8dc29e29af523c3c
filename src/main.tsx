import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { MODES } from './modes/registry';
import { startSkin } from './scene/skin/skinStart';
import { STAGE_CODE } from './scene/stageCode';
import { webglAvailable } from './scene/webgl';
import { initI18n } from './i18n';
import { bootState, persistPreferences } from './state/boot';
import { useAppStore } from './state/store';
import { syncUrl } from './state/urlSync';
import './styles.css';

// First of all, the skin: what an earlier visit kept is looked for, and meanwhile the worker makes
// the mesh (most of a first visit's wait) while the rest of the page's code runs.
startSkin();

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

// Fetch the open mode's code and the scene's (which starts reading the kept skin) now, side by
// side, instead of one after the other as React reaches them. The WebGL probe also wakes the
// browser's GPU process while the scripts load (measured: the body draws sooner with it here).
MODES[useAppStore.getState().mode].load().catch(() => undefined); // the outlet reports a failure
if (webglAvailable()) STAGE_CODE.load().catch(() => undefined); // the view reports a failure when it mounts

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
