import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { MODES } from './modes/registry';
import { startSkin } from './scene/skin/skinStart';
import { STAGE_CODE } from './scene/stageCode';
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
// side, instead of one after the other as React reaches them. (The WebGL probe waits for the 3D
// view: made here as well, before the scripts had run, it held the body back: second visits
// 0.85 -> 0.79 s without it, interleaved, 8 rounds.)
const modeCode = MODES[useAppStore.getState().mode].load().catch(() => undefined); // the outlet reports a failure
STAGE_CODE.load().catch(() => undefined); // the view reports a failure when it mounts (without WebGL it goes unused)

// The page is first drawn once the open mode's code is there (asked for by the HTML, it comes with
// the first load's): whole, in one go, not the title bar first and the mode a frame later. Each
// frame drawn before the body costs CPU the skin worker needs (first visit 0.72-0.75 -> 0.68 s, 12 runs
// each, twice); a mode that fails to load is reported by the outlet, as before. A fetch that
// stalls (a weak signal) is not waited for longer than FIRST_PAINT_WAIT_MS: then the title bar and
// the outlet's "loading" come first, as they used to.
const FIRST_PAINT_WAIT_MS = 1000;
const modeCodeOrTimeout = Promise.race([modeCode, new Promise((resolve) => setTimeout(resolve, FIRST_PAINT_WAIT_MS))]);
const root = document.getElementById('root');
if (root) {
  void modeCodeOrTimeout.then(() =>
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  );
}
