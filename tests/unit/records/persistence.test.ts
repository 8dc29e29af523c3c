import { afterEach, expect, test, vi } from 'vitest';
import { newRecordId, requestPersistence } from '../../../src/records';

afterEach(() => vi.unstubAllGlobals());

test('granted or denied, as the browser answers, asked only once', async () => {
  const persist = vi.fn(async () => true);
  const storage = { persist, persisted: async () => false };
  expect(await requestPersistence(storage)).toBe('granted');
  expect(await requestPersistence(storage)).toBe('granted');
  expect(persist).toHaveBeenCalledTimes(1);

  const refusing = { persist: vi.fn(async () => false) };
  expect(await requestPersistence(refusing)).toBe('denied');
  expect(await requestPersistence(refusing)).toBe('denied');
  expect(refusing.persist).toHaveBeenCalledTimes(1);
});

test('already persistent: granted without asking', async () => {
  const persist = vi.fn(async () => true);
  expect(await requestPersistence({ persist, persisted: async () => true })).toBe('granted');
  expect(persist).not.toHaveBeenCalled();
});

test('a request that fails is denied', async () => {
  expect(await requestPersistence({ persist: () => Promise.reject(new Error('no')) })).toBe('denied');
});

test('navigator.storage is asked by default', async () => {
  const persist = vi.fn(async () => true);
  vi.stubGlobal('navigator', { storage: { persist } });
  expect(await requestPersistence()).toBe('granted');
  expect(persist).toHaveBeenCalledTimes(1);
});

test('unsupported without navigator.storage or without persist', async () => {
  vi.stubGlobal('navigator', undefined);
  expect(await requestPersistence()).toBe('unsupported');
  vi.stubGlobal('navigator', {});
  expect(await requestPersistence()).toBe('unsupported');
  vi.stubGlobal('navigator', { storage: {} });
  expect(await requestPersistence()).toBe('unsupported');
});

test('record ids: a UUID where there is one, else time and random bits', () => {
  expect(newRecordId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // A plain-http page: getRandomValues but no randomUUID.
  vi.stubGlobal('crypto', { getRandomValues: <T extends ArrayBufferView>(array: T) => array });
  const id = newRecordId();
  expect(id).toMatch(/^[0-9a-z]+-[0-9a-z]+$/);
  vi.stubGlobal('crypto', undefined);
  expect(newRecordId()).not.toBe(newRecordId());
});
