import { en } from '../../i18n/en';
import { id } from '../../i18n/id';

/**
 * Shown instead of a blank page when WebGL is missing. Both languages at once: the reader may
 * not be able to find a language switch in a page that failed.
 */
export function NoWebGL() {
  return (
    <div className="viewport-message" role="alert">
      {[id, en].map((strings, index) => (
        <div key={index} lang={index === 0 ? 'id' : 'en'}>
          <h2>{strings.problems.noWebglTitle}</h2>
          <p>{strings.problems.noWebglBody}</p>
        </div>
      ))}
    </div>
  );
}
