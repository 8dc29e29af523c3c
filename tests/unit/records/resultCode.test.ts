import { describe, expect, test } from 'vitest';
import { parseResultCode, resultCode } from '../../../src/records';
import { shortResultId } from '../../../src/records/resultCode';

const attempt = (correct: boolean[], testKind: 'pre' | 'post' = 'pre', id = '6f1c2a4e-0b7d-4c1e-9a55-2d3b8e7f1a90') => ({
  id,
  testKind,
  answers: correct.map((c) => ({ correct: c })),
});

describe('the result as a QR code text', () => {
  test('round trip: kind, score, each answer right or wrong, the short id', () => {
    const text = resultCode(attempt([true, false, true, true, false, true, true, false, true, true]));
    expect(text).toMatch(/^POKS:1:PRE:70:1011011011:[0-9A-Z]{8}:[0-9A-Z]{4}$/);
    expect(parseResultCode(text)).toEqual({ ok: true, result: { kind: 'pre', score: 70, answers: '1011011011', id: shortResultId(attempt([]).id) } });
    expect(parseResultCode(resultCode(attempt([true, true, true], 'post')))).toMatchObject({ ok: true, result: { kind: 'post', score: 100 } });
  });

  test('only QR alphanumeric characters (the compact mode)', () => {
    expect(resultCode(attempt([true, false]))).toMatch(/^[0-9A-Z:]+$/);
  });

  test('the same attempt gives the same id; another attempt another', () => {
    expect(shortResultId('a')).toBe(shortResultId('a'));
    expect(shortResultId('a')).not.toBe(shortResultId('b'));
  });

  test.each([
    ['a web address', 'https://example.com/', 'otherApp'],
    ['empty', '', 'otherApp'],
    ['a newer format', 'POKS:2:PRE:70:1011011011:ABCDEFGH:ZZZZ', 'newerVersion'],
  ])('%s is refused (%s)', (_, text, error) => {
    expect(parseResultCode(text)).toEqual({ ok: false, error });
  });

  test('an altered score, answer, kind or a cut code is refused as damaged', () => {
    const text = resultCode(attempt([true, false, true, true, false, true, true, false, true, true]));
    const fields = text.split(':');
    const altered = (index: number, value: string) => fields.map((f, i) => (i === index ? value : f)).join(':');
    for (const bad of [altered(3, '90'), altered(4, '1111011011'), altered(2, 'POST'), text.slice(0, -2), `${text}:X`, altered(6, 'AAAA')]) {
      expect(parseResultCode(bad)).toEqual({ ok: false, error: 'damaged' });
    }
  });
});
