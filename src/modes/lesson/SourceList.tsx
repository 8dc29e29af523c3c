import { useTranslation } from 'react-i18next';
import { SEED_CITATIONS, SUPPLEMENTARY_CITATIONS } from '../../technique/citations';
import type { Source } from '../../technique/types';
import { SOURCE_KIND_LABELS } from '../../technique/labels';
import { useLocalized } from '../../state/useLocalized';

/** Where an item comes from: seed and section, a supplementary text, or the app's own interpretation. */
export function SourceList({ sources }: { readonly sources: readonly Source[] }) {
  const { t } = useTranslation();
  const local = useLocalized();
  return (
    <ul className="source-list">
      {sources.map((source, index) => {
        const kind = local(SOURCE_KIND_LABELS[source.kind]);
        if (source.kind === 'seed') {
          const c = SEED_CITATIONS[source.seed];
          const who = c.authors[0] ? `${c.authors[0].split(',')[0]}${c.authors.length > 1 ? ' et al.' : ''}` : c.file;
          return (
            <li key={index} className="source source-seed">
              <strong>{kind}:</strong> {who}
              {c.year ? ` (${c.year})` : ''}, {t('details.section')} “{source.section}”
            </li>
          );
        }
        if (source.kind === 'supplementary') {
          const c = SUPPLEMENTARY_CITATIONS[source.ref];
          return (
            <li key={index} className="source source-supplementary">
              <strong>{kind} [{c.ref}]:</strong> {local(source.note)}
            </li>
          );
        }
        return (
          <li key={index} className="source source-interpretation">
            <strong>{kind}:</strong> {local(source.note)}
          </li>
        );
      })}
    </ul>
  );
}
