// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { loadable, useLoaded } from '../../../src/state/loadable';

/** A loader whose answer the test gives, and how many times it was asked. */
function controlled<T>() {
  let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | null = null;
  const importer = vi.fn(() => new Promise<T>((resolve, reject) => (settle = { resolve, reject })));
  return { importer, settle: () => settle! };
}

describe('loadable', () => {
  test('loads once, however often it is asked, and keeps what it got', async () => {
    const { importer, settle } = controlled<string>();
    const code = loadable(importer);
    expect(code.current).toBeNull();
    const first = code.load();
    const second = code.load();
    expect(importer).toHaveBeenCalledTimes(1);
    settle().resolve('stage');
    await expect(first).resolves.toBe('stage');
    await expect(second).resolves.toBe('stage');
    expect(code.current).toBe('stage');
  });

  test('asks again after a failure (offline, then back online)', async () => {
    const { importer, settle } = controlled<string>();
    const code = loadable(importer);
    const failed = code.load();
    settle().reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    expect(code.current).toBeNull();
    const retried = code.load();
    expect(importer).toHaveBeenCalledTimes(2);
    settle().resolve('stage');
    await expect(retried).resolves.toBe('stage');
  });
});

describe('useLoaded', () => {
  test('null until the code has come, then what it loaded, from a plain re-render (no Suspense)', async () => {
    const { importer, settle } = controlled<string>();
    const code = loadable(importer);
    const { result } = renderHook(() => useLoaded(code));
    expect(result.current).toBeNull();
    expect(importer).toHaveBeenCalledTimes(1);
    await act(async () => settle().resolve('mode'));
    expect(result.current).toBe('mode');
  });

  test('what has come already is there on the first render', async () => {
    const code = loadable(() => Promise.resolve('stage'));
    await code.load();
    const { result } = renderHook(() => useLoaded(code));
    expect(result.current).toBe('stage');
  });

  test('switching to another source shows nothing of the first (a mode changed while it loads)', async () => {
    const lesson = loadable(() => Promise.resolve('lesson'));
    const { importer, settle } = controlled<string>();
    const check = loadable(importer);
    await lesson.load();
    const { result, rerender } = renderHook(({ source }) => useLoaded(source), { initialProps: { source: lesson } });
    expect(result.current).toBe('lesson');
    rerender({ source: check });
    expect(result.current).toBeNull();
    await act(async () => settle().resolve('check'));
    expect(result.current).toBe('check');
  });

  test('a failed fetch is thrown while rendering, as a lazy component would be', async () => {
    const { importer, settle } = controlled<string>();
    const code = loadable(importer);
    const errors: unknown[] = [];
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      renderHook(() => useLoaded(code));
      await act(async () => settle().reject(new Error('chunk missing')));
    } catch (error) {
      errors.push(error);
    } finally {
      quiet.mockRestore();
    }
    expect(String(errors[0])).toContain('chunk missing');
  });
});
