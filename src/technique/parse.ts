import * as z from 'zod/mini';
import { TechniqueError, describeIssues } from './errors';
import { techniqueSchema } from './schema';
import type { Technique } from './types';

/** Checks raw technique data; throws a `TechniqueError` naming every bad item. */
export function parseTechnique(raw: unknown): Technique {
  // reportInput keeps the offending value on each issue, so messages can quote it.
  const result = z.safeParse(techniqueSchema, raw, { reportInput: true });
  if (!result.success) throw new TechniqueError(describeIssues(raw, result.error.issues));
  return result.data;
}
