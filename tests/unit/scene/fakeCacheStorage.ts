import { SKIN_ENTRY, skinCacheName, type SkinCache, type SkinCacheStorage } from '../../../src/scene/skin/skinCacheNames';

/** Cache Storage in memory, with switches for the ways a real one fails. */
export class FakeStorage implements SkinCacheStorage {
  readonly caches = new Map<string, Map<string, ArrayBuffer>>();
  failOpen = false;
  failPut = false;

  async open(name: string): Promise<SkinCache> {
    if (this.failOpen) throw new DOMException('blocked', 'SecurityError');
    let entries = this.caches.get(name);
    if (!entries) this.caches.set(name, (entries = new Map<string, ArrayBuffer>()));
    const store = entries;
    return {
      match: async (request) => {
        const body = store.get(request);
        return body ? new Response(body.slice(0)) : undefined;
      },
      put: async (request, response) => {
        if (this.failPut) throw new DOMException('full', 'QuotaExceededError');
        store.set(request, await response.arrayBuffer());
      },
    };
  }
  async keys(): Promise<string[]> {
    return [...this.caches.keys()];
  }
  async delete(name: string): Promise<boolean> {
    return this.caches.delete(name);
  }
  /** Puts raw bytes where the app's record goes. */
  plant(key: string, bytes: ArrayBuffer): void {
    this.caches.set(skinCacheName(key), new Map([[SKIN_ENTRY, bytes]]));
  }
}

