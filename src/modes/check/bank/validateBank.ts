import { STEP_IDS } from '../../../technique/ids';
import type { Question } from './questions';

/** The pre-test and post-test hold this many statements (seed 003 tested with about ten). */
export const STATEMENT_COUNT = 10;

const blank = (text: string) => text.trim().length === 0;

/**
 * What is wrong with a bank, in words for a developer; empty when nothing is. Statements are
 * typed by hand, so they are held to their rules here (and in the unit tests, and in the dev
 * server); the generated questions are checked for what a generator could get wrong.
 */
export function validateBank(questions: readonly Question[]): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const q of questions) {
    if (ids.has(q.id)) problems.push(`${q.id}: the id is used twice`);
    ids.add(q.id);
    if (q.stepId !== null && !(STEP_IDS as readonly string[]).includes(q.stepId)) problems.push(`${q.id}: no step "${q.stepId}"`);
    if (blank(q.prompt.id) || blank(q.prompt.en)) problems.push(`${q.id}: the question needs both languages`);
    if (q.kind === 'statement' && (blank(q.explanation.id) || blank(q.explanation.en))) problems.push(`${q.id}: the explanation needs both languages`);
    if (q.kind === 'handPart') {
      if (!q.options.includes(q.answer)) problems.push(`${q.id}: the answer is not among the options`);
      if (new Set(q.options).size !== q.options.length || q.options.length !== 4) problems.push(`${q.id}: four different options are needed`);
    }
    if (q.kind === 'order' && q.items.length < 2) problems.push(`${q.id}: nothing to put in order`);
  }
  const statements = questions.filter((q) => q.kind === 'statement');
  if (statements.length !== STATEMENT_COUNT) problems.push(`the tests need ${STATEMENT_COUNT} statements, not ${statements.length}`);
  const trueCount = statements.filter((q) => q.answer).length;
  if (Math.abs(trueCount * 2 - statements.length) > 2) problems.push(`statements: ${trueCount} of ${statements.length} are true; keep them about half and half`);
  for (const step of STEP_IDS) {
    if (!statements.some((q) => q.stepId === step)) problems.push(`statements: none tests the step "${step}"`);
  }
  return problems;
}
