import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ModeOutlet } from './modes/ModeOutlet';
import { readLink } from './state/linkParams';
import { Header } from './ui/Header';
import { Notices } from './ui/Notices';

/** The leaflet to print (`?print=leaflet`), in a chunk of its own, loaded only when asked for. */
const LeafletPage = lazy(() => import('./modes/leaflet/LeafletPage'));
const PRINT = typeof window === 'undefined' ? null : readLink(window.location.search, '').print;

/** The page: the title bar and notices every mode shares, and the open mode (or the leaflet) below them. */
export function App() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <Header />
      <Notices />
      {PRINT === 'leaflet' ? (
        <Suspense fallback={<main className="app-main mode-loading"><p role="status">{t('viewport.loading')}</p></main>}>
          <LeafletPage />
        </Suspense>
      ) : (
        <ModeOutlet />
      )}
    </div>
  );
}
