/** Transport icons as inline SVG: no icon font to download, and they render on every phone. */
const PATHS = {
  previousStep: 'M6 5h2v14H6zM20 5v14L9 12z',
  previousAction: 'M18 5v14L7 12z',
  play: 'M7 5v14l12-7z',
  pause: 'M6 5h4v14H6zM14 5h4v14h-4z',
  nextAction: 'M6 5v14l11-7z',
  nextStep: 'M4 5v14l11-7zM16 5h2v14h-2z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name }: { readonly name: IconName }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
