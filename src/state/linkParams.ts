import { isLanguage, type Language } from '../i18n/languages';
import { isViewId, type ViewId } from '../technique/ids';
import { isModeId, type ModeId } from './modeIds';

/** What a link asks for, read from its query (`?step=neck&lang=en`) and its hash (`#/neck`, `#step=neck`). */
export interface LinkRequest {
  readonly mode: ModeId | null;
  readonly language: Language | null;
  readonly step: ViewId | null;
  /** A page to print instead of the app (`?print=leaflet`). */
  readonly print: PrintId | null;
  /** Something the link asked for that the app can't do, to be said out loud. */
  readonly problems: readonly LinkProblem[];
}

export type LinkProblem =
  | { readonly key: 'unknownLanguage'; readonly value: string }
  | { readonly key: 'unknownMode'; readonly value: string }
  | { readonly key: 'unknownStep'; readonly value: string }
  | { readonly key: 'unknownPrint'; readonly value: string }
  | { readonly key: 'emptyStep' };

/** The pages made for printing (`?print=<id>`): the leaflet to hand out after a workshop. */
export const PRINT_IDS = ['leaflet'] as const;
export type PrintId = (typeof PRINT_IDS)[number];

/** Quoted back to the user, so a long or hostile value is cut short. */
const QUOTE_CHARS = 40;

/** The step named by a hash: `#/neck`, `#neck` or `#step=neck`; null when the hash names none. */
function stepFromHash(hash: string): string | null {
  const body = decodeURIComponent(hash.replace(/^#\/?/, ''));
  if (body === '') return null;
  const fromParams = new URLSearchParams(body).get('step');
  return fromParams ?? (body.includes('=') ? null : body);
}

/** Reads a link; the query wins over the hash when both name a step. */
export function readLink(search: string, hash: string): LinkRequest {
  const params = new URLSearchParams(search);
  const problems: LinkProblem[] = [];

  const rawMode = params.get('mode');
  let mode: ModeId | null = null;
  if (rawMode !== null && isModeId(rawMode.trim().toLowerCase())) mode = rawMode.trim().toLowerCase() as ModeId;
  else if (rawMode !== null) problems.push({ key: 'unknownMode', value: rawMode.slice(0, QUOTE_CHARS) });

  const lang = params.get('lang');
  let language: Language | null = null;
  if (isLanguage(lang)) language = lang;
  else if (lang !== null) problems.push({ key: 'unknownLanguage', value: lang.slice(0, QUOTE_CHARS) });

  let rawStep = params.get('step');
  if (rawStep === null) {
    try {
      rawStep = stepFromHash(hash);
    } catch {
      rawStep = hash.slice(0, QUOTE_CHARS); // A malformed escape in the hash: quoted as it is.
    }
  }
  const trimmed = rawStep?.trim().toLowerCase() ?? null;
  let step: ViewId | null = null;
  if (trimmed !== null && isViewId(trimmed)) step = trimmed;
  else if (trimmed === '') problems.push({ key: 'emptyStep' });
  else if (rawStep !== null) problems.push({ key: 'unknownStep', value: rawStep.slice(0, QUOTE_CHARS) });

  const rawPrint = params.get('print');
  let print: PrintId | null = null;
  if (rawPrint !== null && (PRINT_IDS as readonly string[]).includes(rawPrint.trim().toLowerCase())) print = rawPrint.trim().toLowerCase() as PrintId;
  else if (rawPrint !== null) problems.push({ key: 'unknownPrint', value: rawPrint.slice(0, QUOTE_CHARS) });

  return { mode, language, step, print, problems };
}
