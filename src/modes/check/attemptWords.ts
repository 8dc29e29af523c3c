import type { AttemptRecord } from '../../records';
import type { Text } from '../../technique';
import { S } from './strings';

/** The attempt's kind, as the start screen names it. */
export const KIND_NAMES: Readonly<Record<AttemptRecord['testKind'], Text>> = { pre: S.pre, post: S.post, practice: S.practice };

/** A date and time as each language writes it. */
export function when(iso: string, language: 'id' | 'en'): string {
  return new Date(iso).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
