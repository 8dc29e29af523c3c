/** Short constructors for the sources every data file cites. */
import type { SeedId } from '../citations';
import type { Source } from '../types';

export const fromSeed = (seed: SeedId, section: string): Source => ({ kind: 'seed', seed, section });

/** A subsection of the procedure in seed 003, e.g. '1) Leher'. */
export const procedure = (subsection: string): Source => fromSeed('003', `b. Teknik Pijat Oksitosin, ${subsection}`);

export const interpretation = (id: string, en: string): Source => ({ kind: 'interpretation', note: { id, en } });
