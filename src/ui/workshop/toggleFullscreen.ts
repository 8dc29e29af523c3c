/** F: the page full screen, or back; a browser that refuses (no user gesture, an iframe) leaves it as it is. */
export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
