/**
 * A new record id. `crypto.randomUUID` exists only on secure pages (https or localhost), and the
 * trainer may be served over plain http on a workshop's local network: then the time and random
 * bits stand in (unique enough for one device's records).
 */
export function newRecordId(): string {
  const webCrypto = globalThis.crypto as Crypto | undefined;
  if (typeof webCrypto?.randomUUID === 'function') return webCrypto.randomUUID();
  const random =
    typeof webCrypto?.getRandomValues === 'function'
      ? Array.from(webCrypto.getRandomValues(new Uint32Array(3)), (n) => n.toString(36)).join('')
      : Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  return `${Date.now().toString(36)}-${random}`;
}
