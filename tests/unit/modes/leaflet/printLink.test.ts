import { beforeEach, describe, expect, test } from 'vitest';
import { bootState } from '../../../../src/state/boot';
import { readLink } from '../../../../src/state/linkParams';
import { INITIAL_APP_STATE, useAppStore } from '../../../../src/state/store';

beforeEach(() => useAppStore.setState(INITIAL_APP_STATE, true));

describe('?print=leaflet', () => {
  test('names the leaflet, in any case; no print parameter prints nothing', () => {
    expect(readLink('?print=leaflet&lang=en', '').print).toBe('leaflet');
    expect(readLink('?print=Leaflet', '').print).toBe('leaflet');
    expect(readLink('?lang=en', '').print).toBeNull();
    expect(readLink('?print=leaflet', '').problems).toEqual([]);
  });

  test('an unknown page to print is said in a notice, quoted and cut short, and the app shows instead', () => {
    const long = 'poster'.repeat(20);
    expect(readLink(`?print=${long}`, '')).toMatchObject({ print: null, problems: [{ key: 'unknownPrint', value: long.slice(0, 40) }] });
    bootState({ search: '?print=poster', storage: undefined, browserLanguages: [] });
    expect(useAppStore.getState().notices).toMatchObject([{ key: 'unknownPrint', value: 'poster' }]);
  });
});
