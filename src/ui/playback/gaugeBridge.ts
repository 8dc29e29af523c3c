/**
 * The one place the frame loop touches the DOM: the pressure gauge. The gauge registers its
 * element here; the scene calls `showPressure` every frame, and only changed values are written.
 */
let element: HTMLElement | null = null;
let describe: (percent: number) => string = (p) => `${p}%`;
let shownPercent = -1;

export function registerGauge(el: HTMLElement | null, describeValue: (percent: number) => string): () => void {
  element = el;
  describe = describeValue;
  shownPercent = -1;
  return () => {
    if (element === el) element = null;
  };
}

export function showPressure(pressure: number): void {
  if (!element) return;
  const percent = Math.round(Math.min(1, Math.max(0, pressure)) * 100);
  if (percent === shownPercent) return; // Touch the DOM only when the shown value changes.
  shownPercent = percent;
  element.style.setProperty('--pressure', String(percent / 100));
  element.setAttribute('aria-valuenow', String(percent));
  element.setAttribute('aria-valuetext', describe(percent));
  const value = element.querySelector('.gauge-value');
  if (value) value.textContent = `${percent}%`;
}
