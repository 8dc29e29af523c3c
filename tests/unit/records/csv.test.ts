import { expect, test } from 'vitest';
import { attemptsToCsv } from '../../../src/records';
import { answer, attempt } from './fixtures';

const HEADER = 'attempt_id,date,kind,score,question_id,step,correct,given,distance_mm';

test('a header, then one row per answer, CRLF line ends', () => {
  expect(attemptsToCsv([attempt()])).toBe(
    [
      HEADER,
      'attempt-1,2026-12-02T09:00:00.000Z,pre,50,statement-neck-1,neck,true,true,',
      'attempt-1,2026-12-02T09:00:00.000Z,pre,50,tap-scapula-8,scapulae,false,41 mm,41',
      '',
    ].join('\r\n'),
  );
});

test('no attempts: only the header', () => {
  expect(attemptsToCsv([])).toBe(`${HEADER}\r\n`);
});

test('an attempt in progress without answers still has its row', () => {
  expect(attemptsToCsv([attempt({ finishedAt: null, score: null, answers: [] })])).toBe(
    `${HEADER}\r\nattempt-1,2026-12-02T09:00:00.000Z,pre,,,,,,\r\n`,
  );
});

test('commas, quotes and line breaks are quoted (RFC 4180); a missing step is empty', () => {
  const given = 'neck,shoulders,"back"\nscapulae';
  const csv = attemptsToCsv([attempt({ answers: [answer({ given, stepId: null, questionKind: 'order' })] })]);
  expect(csv.split('\r\n')[1]).toBe(
    'attempt-1,2026-12-02T09:00:00.000Z,pre,50,statement-neck-1,,true,"neck,shoulders,""back""\nscapulae",',
  );
});

test('an answer that a spreadsheet would run as a formula is kept as text', () => {
  const csv = attemptsToCsv([attempt({ answers: [answer({ given: '=HYPERLINK("x")' }), answer({ given: '-1' })] })]);
  const rows = csv.split('\r\n');
  expect(rows[1]?.endsWith(`,"'=HYPERLINK(""x"")",`)).toBe(true);
  expect(rows[2]?.endsWith(",'-1,")).toBe(true);
});
