import type { Dictionary } from './id';

/** English strings; the type keeps the keys identical to Indonesian. */
export const en: Dictionary = {
  app: {
    title: 'Oxytocin Massage 3D',
    subtitle: 'Oxytocin massage practice for companions of new mothers',
  },
  language: {
    label: 'Language',
    id: 'Indonesia',
    en: 'English',
  },
  layers: {
    title: 'Layers',
    skin: 'Skin',
    skinOpaque: 'Solid',
    skinTranslucent: 'See-through',
    skinHidden: 'Hidden',
    bones: 'Show bones',
    boneLabels: 'Bone names',
  },
  views: {
    title: 'Views',
    back: 'Back',
    leftShoulder: 'Left shoulder',
    rightShoulder: 'Right shoulder',
    neck: 'Neck',
    leftScapula: 'Left shoulder blade',
    rightScapula: 'Right shoulder blade',
    reset: 'Reset view',
  },
  viewport: {
    label: "3D model of the mother's back, neck and shoulders",
    help: 'Drag to rotate, pinch or scroll to zoom. With the keyboard: arrows rotate, + and − zoom, Shift + arrows pan, R resets.',
    loading: 'Preparing the body model…',
  },
  steps: {
    title: 'Steps',
    overview: 'Getting ready',
    overviewHint: 'Position, oil, timing',
    stepNumber: 'Step {{number}}',
    actions: 'Strokes and pressure points',
    repetitions: '{{min}}–{{max}} times',
    guidance: 'Guidance',
  },
  details: {
    hands: 'Hands',
    phases: 'Phases of the stroke',
    seconds: '{{seconds}} s',
    sources: 'Sources',
    close: 'Close details',
    pressHoldRelease: 'Press {{press}} s, hold {{hold}} s, release {{release}} s',
    section: 'section',
  },
  legend: {
    title: 'What the lines mean',
    pressure: 'With pressure: thick, solid, red line',
    glide: 'No pressure: thin, dashed, blue line',
    point: 'Pressure point: numbered circle',
    arrow: 'Arrow: direction of movement',
  },
  about: {
    open: 'About & sources',
    title: 'About the app and its sources',
    intro:
      'This app teaches oxytocin massage as the sources below describe it. What they leave open (the direction of the shoulder-blade massage, how long each movement takes, how hard to press) is the app\'s guidance, not a fact from the sources, and is marked so.',
    seeds: 'Main sources',
    supplementary: 'Supplementary sources',
    close: 'Close',
  },
  problems: {
    noWebglTitle: 'The 3D view cannot open',
    noWebglBody:
      'This browser or device does not support WebGL. Try another browser (a recent Chrome or Firefox) or turn on graphics acceleration.',
    contextLostTitle: 'The 3D view stopped',
    contextLostBody: 'The device stopped the 3D graphics (perhaps it ran out of memory). Your settings are kept.',
    contextLostAction: 'Reload the 3D view',
    corruptSettings: 'Your saved settings were damaged and have been reset to the defaults.',
    unknownStep: 'The link names an unknown step "{{step}}". Showing the overview.',
    dismiss: 'Close',
  },
};
