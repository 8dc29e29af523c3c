/** Build-time key of the skin generator's sources and the app's version (`scripts/generatorKey.ts`, vite.config.ts `define`). */
declare const __SKIN_CACHE_KEY__: string;
