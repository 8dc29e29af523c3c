/**
 * The open mode's code, asked for by the page's HTML as it is parsed (`?mode=<id>`, the default
 * where there is none or it is unknown, as the app does), so it comes beside the first load's
 * instead of after main has run: the mode's interface holds the 3D view, and so the canvas. The
 * build inlines this as its own text (`scripts/earlyStart.ts`) with each mode's chunk files; it
 * must stand alone: no imports, nothing from outside but its arguments.
 */
export function preloadModeCode(chunksByMode: Readonly<Record<string, readonly string[]>>, defaultMode: string): void {
  try {
    const asked = new URLSearchParams(location.search).get('mode');
    const files = (asked !== null && chunksByMode[asked]) || chunksByMode[defaultMode] || [];
    for (const file of files) {
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = file;
      document.head.appendChild(link);
    }
  } catch {
    // Only a head start: main loads the mode's code itself.
  }
}
