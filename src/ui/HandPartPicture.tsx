import { HAND_PART_LABELS } from '../technique/labels';
import type { HandPart } from '../technique/types';
import { useLocalized } from '../state/useLocalized';

/** The pictures' own size, CSS pixels (drawn at twice that for sharp screens). */
export const HAND_PART_PICTURE_SIZE = 96;

/** Where the picture of a hand part lies: `public/hand-parts/`, made by `scripts/hand-pictures.mjs`. */
export const handPartPictureUrl = (part: HandPart): string => `${import.meta.env.BASE_URL}hand-parts/${part}.webp`;

export interface HandPartPictureProps {
  readonly part: HandPart;
  /** Width and height in CSS pixels (default `HAND_PART_PICTURE_SIZE`). */
  readonly size?: number;
}

/**
 * A small picture of the giver's hand posed for a part of the technique (the thumb, the backs of
 * the fingers, a fist with the thumb forward ...), drawn from the app's own hand model with the
 * working part lit, and the part's name under it in the current language. The picture loads
 * only when it is shown (`loading="lazy"`), so it never counts into the first load; its box is
 * sized beforehand, so nothing jumps when it arrives; the service worker keeps it for offline use.
 */
export function HandPartPicture({ part, size = HAND_PART_PICTURE_SIZE }: HandPartPictureProps) {
  const local = useLocalized();
  const name = local(HAND_PART_LABELS[part]);
  return (
    <figure className="hand-part-picture" style={{ margin: 0, width: size, display: 'inline-flex', flexDirection: 'column', alignItems: 'center', gap: 2 }}>
      <img src={handPartPictureUrl(part)} width={size} height={size} loading="lazy" decoding="async" alt={name} style={{ display: 'block' }} />
      {/* The picture's alt text already says it: the caption is for the eyes only, not read twice. */}
      <figcaption aria-hidden="true" style={{ fontSize: '0.8em', lineHeight: 1.2, textAlign: 'center' }}>
        {name}
      </figcaption>
    </figure>
  );
}
