import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SEED_CITATIONS, SEED_IDS, SUPPLEMENTARY_CITATIONS, SUPPLEMENTARY_IDS, type Citation } from '../technique/citations';
import { useLocalized } from '../state/useLocalized';

/** "About and sources": the citations of the seed texts and what the app takes from each. */
export function AboutDialog() {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="about-button" aria-label={t('about.open')} onClick={() => dialog.current?.showModal()}>
        {/* A phone shows a short "i" to keep the title bar to two rows; the label keeps the full name. */}
        <span className="about-long">{t('about.open')}</span>
        <span className="about-short" aria-hidden="true">i</span>
      </button>
      <dialog ref={dialog} className="about-dialog" aria-labelledby="about-title">
        <h2 id="about-title">{t('about.title')}</h2>
        <p>{t('about.intro')}</p>
        <h3>{t('about.seeds')}</h3>
        <ol className="citations">
          {SEED_IDS.map((id) => <CitationItem key={id} citation={SEED_CITATIONS[id]} />)}
        </ol>
        <h3>{t('about.supplementary')}</h3>
        <ol className="citations">
          {SUPPLEMENTARY_IDS.map((id) => <CitationItem key={id} citation={SUPPLEMENTARY_CITATIONS[id]} />)}
        </ol>
        <form method="dialog">
          <button type="submit" autoFocus>{t('about.close')}</button>
        </form>
      </dialog>
    </>
  );
}

function CitationItem({ citation }: { readonly citation: Citation }) {
  const local = useLocalized();
  const parts = [
    citation.authors.join('; '),
    citation.year ? `(${citation.year})` : null,
    citation.title,
    citation.journal,
    citation.details,
  ].filter((p): p is string => Boolean(p));
  return (
    <li>
      <cite>{parts.join('. ')}</cite>
      <p>{local(citation.contributes)}</p>
      {citation.note && <p className="citation-note">{local(citation.note)}</p>}
    </li>
  );
}
