/** Names of the vocabulary the technique data uses, for the UI to show in either language. */
import type { HandPart, HandRole, Hands, Phase, Source, Text } from './types';

export const HAND_PART_LABELS: Readonly<Record<HandPart, Text>> = {
  fingertips: { id: 'Ujung jari', en: 'Fingertips' },
  thumb: { id: 'Ibu jari', en: 'Thumb' },
  palm: { id: 'Telapak tangan', en: 'Palm' },
  backOfHand: { id: 'Punggung tangan', en: 'Back of the hand' },
  backOfFingers: { id: 'Punggung jari', en: 'Backs of the fingers' },
  fist: { id: 'Kepalan tangan', en: 'Fist' },
  thumbAndFingers: { id: 'Ibu jari dan jari-jari, di kiri-kanan tulang leher', en: 'Thumb and fingers, either side of the neck bones' },
  cGrip: { id: 'Ibu jari dan jari-jari (bentuk huruf C)', en: 'Thumb and fingers (C shape)' },
};

/** The mother's side, as said after a place's name ("Behind the ear, right"). */
const BODY_SIDE_WORDS: Readonly<Record<'left' | 'right', Text>> = {
  left: { id: 'kiri', en: 'left' },
  right: { id: 'kanan', en: 'right' },
};

/** A place's name with the mother's side, for places that come in pairs. */
export function withBodySide(name: Text, side: 'left' | 'right'): Text {
  return { id: `${name.id}, ${BODY_SIDE_WORDS[side].id}`, en: `${name.en}, ${BODY_SIDE_WORDS[side].en}` };
}

export const HAND_ROLE_LABELS: Readonly<Record<HandRole, Text>> = {
  strokes: { id: 'memijat', en: 'strokes' },
  supports: { id: 'menopang', en: 'supports' },
  presses: { id: 'menekan', en: 'presses' },
  grips: { id: 'menggenggam', en: 'grips' },
};

export const HAND_LABELS: Readonly<Record<keyof Hands, Text>> = {
  left: { id: 'Tangan kiri', en: 'Left hand' },
  right: { id: 'Tangan kanan', en: 'Right hand' },
};

export const PHASE_KIND_LABELS: Readonly<Record<Phase['kind'], Text>> = {
  pressure: { id: 'Dengan tekanan', en: 'With pressure' },
  glide: { id: 'Tanpa tekanan, usapan saja', en: 'No pressure, a light stroke only' },
};

export const SOURCE_KIND_LABELS: Readonly<Record<Source['kind'], Text>> = {
  seed: { id: 'Sumber', en: 'Source' },
  supplementary: { id: 'Sumber tambahan', en: 'Supplementary source' },
  interpretation: { id: 'Tafsiran aplikasi', en: "The app's interpretation" },
};
