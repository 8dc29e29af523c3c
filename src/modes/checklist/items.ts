import {
  HAND_LABELS,
  HAND_PART_LABELS,
  TECHNIQUE,
  isPressPoint,
  isStroke,
  type Action,
  type Hands,
  type Step,
  type Technique,
  type Text,
} from '../../technique';
import type { StepId } from '../../technique/ids';
import type { OwnItem } from '../../records';

/**
 * The observation checklist (daftar tilik), made from the technique data so it cannot drift from
 * the lesson: the preparation, then for each movement the hands, where it starts, the direction
 * of pressure, the light return, the count, each pressure point's place, and the steps in order;
 * then the trainer's own items.
 */

export type SectionId = 'setting' | StepId | 'order' | 'own';

/** What "Show" does for an item: play its movement, or show the setting. */
export type ShowWhat = { readonly kind: 'action'; readonly actionId: string } | { readonly kind: 'setting' } | null;

export interface ChecklistItem {
  readonly id: string;
  readonly section: SectionId;
  readonly text: Text;
  readonly show: ShowWhat;
}

const say = (id: string, en: string): Text => ({ id, en });
const lower = (text: Text): Text => say(text.id.charAt(0).toLowerCase() + text.id.slice(1), text.en.charAt(0).toLowerCase() + text.en.slice(1));

/** The preparation, as seed 003's trainers watch it (position, pillow, oil, hands, the mother's consent). */
const PREPARATION: readonly { id: string; text: Text }[] = [
  { id: 'prep-consent', text: say('Menjelaskan tujuan pijat dan meminta persetujuan ibu', "Explains the massage and asks for the mother's consent") },
  { id: 'prep-hands', text: say('Mencuci tangan; tangan bersih dan hangat, kuku pendek', 'Washes hands; hands clean and warm, nails short') },
  { id: 'prep-position', text: say('Ibu duduk bersandar ke depan, lengan dilipat di atas meja', 'The mother sits leaning forward, arms folded on the table') },
  { id: 'prep-pillow', text: say('Bantal di bawah lengan ibu', "A pillow under the mother's arms") },
  { id: 'prep-oil', text: say('Punggung ibu terbuka; minyak dioleskan di tangan bila dipakai', "The mother's back bared; oil on the hands if used") },
  { id: 'prep-comfort', text: say('Menanyakan kenyamanan ibu selama pemijatan', 'Asks the mother how she feels during the massage') },
];

const titleOf = (action: Action): Text => (isStroke(action) ? action.title : action.label);

/**
 * "right hand with the thumb and fingers; left hand supports", in the data's own words: no colon
 * of its own, since the item puts the movement's name before it with one.
 */
function handsText(hands: Hands, mirrored: boolean): Text {
  const uses = (['right', 'left'] as const).flatMap((side) => {
    const use = hands[side];
    return use ? [{ side, use }] : [];
  });
  const working = uses.filter(({ use }) => use.role !== 'supports');
  const supporting = uses.filter(({ use }) => use.role === 'supports');
  const both = mirrored || (working.length === 2 && working[0]!.use.part === working[1]!.use.part);
  const parts: Text[] = both && working[0]
    ? [say(`kedua tangan dengan ${lower(HAND_PART_LABELS[working[0].use.part]).id}`, `both hands with the ${lower(HAND_PART_LABELS[working[0].use.part]).en}`)]
    : working.map(({ side, use }) => say(`${lower(HAND_LABELS[side]).id} dengan ${lower(HAND_PART_LABELS[use.part]).id}`, `${lower(HAND_LABELS[side]).en} with the ${lower(HAND_PART_LABELS[use.part]).en}`));
  for (const { side } of supporting) parts.push(say(`${lower(HAND_LABELS[side]).id} menopang`, `${lower(HAND_LABELS[side]).en} supports`));
  return say(parts.map((p) => p.id).join('; '), parts.map((p) => p.en).join('; '));
}

/** "the thumb of the left hand on the left shoulder blade, of the right hand on the right". */
function sameSideText(action: Action): Text {
  const working = action.hands.left ?? action.hands.right;
  const part = working ? lower(HAND_PART_LABELS[working.part]) : say('tangan', 'hand');
  return say(
    `${part.id} tangan kiri pada tulang belikat kiri, ${part.id} tangan kanan pada tulang belikat kanan`,
    `the ${part.en} of the left hand on the left shoulder blade, of the right hand on the right`,
  );
}

function strokeItems(step: Step, action: Action): ChecklistItem[] {
  if (!isStroke(action)) return [];
  const title = action.title;
  const show: ShowWhat = { kind: 'action', actionId: action.id };
  const item = (suffix: string, id: string, en: string): ChecklistItem => ({
    id: `${action.id}-${suffix}`,
    section: step.id,
    text: say(`${title.id}: ${id}`, `${title.en}: ${en}`),
    show,
  });
  const pressure = action.phases.find((p) => p.kind === 'pressure');
  const glide = action.phases.find((p) => p.kind === 'glide');
  const items = [
    item('hands', handsText(action.hands, action.mirror === 'together').id, handsText(action.hands, action.mirror === 'together').en),
    item('start', 'mulai di tempat yang benar', 'starts at the right place'),
  ];
  if (pressure) items.push(item('direction', `arah tekanan benar (${lower(pressure.text).id})`, `the right direction of pressure (${lower(pressure.text).en})`));
  else if (glide) items.push(item('direction', `arah usapan benar (${lower(glide.text).id})`, `the right direction of the stroke (${lower(glide.text).en})`));
  if (pressure && glide) items.push(item('return', 'kembali ke titik awal tanpa tekanan', 'returns to the start without pressure'));
  const { min, max } = action.repetitions;
  const count = min === max ? `${min}` : `${min}-${max}`;
  items.push(item('count', `diulang ${count} kali`, `repeated ${count} times`));
  return items;
}

/** Hand items for pressure points, one per step and hand part (the six shoulder-blade points share one). */
function pointItems(step: Step, seen: Set<string>, action: Action): ChecklistItem[] {
  if (!isPressPoint(action)) return [];
  const show: ShowWhat = { kind: 'action', actionId: action.id };
  const items: ChecklistItem[] = [];
  const scapula = action.id.startsWith('scapula-');
  const groupKey = scapula ? `${step.id}:scapula-points` : action.id;
  if (!seen.has(groupKey)) {
    seen.add(groupKey);
    const what = scapula ? say('Titik-titik tulang belikat', 'The shoulder-blade points') : action.label;
    // The six points share an item, pressed by the hand on each blade's own side.
    const hands = scapula ? sameSideText(action) : handsText(action.hands, action.mirror === 'together');
    items.push({ id: scapula ? `${step.id}-points-hands` : `${action.id}-hands`, section: step.id, text: say(`${what.id}: ${hands.id}`, `${what.en}: ${hands.en}`), show });
  }
  items.push({
    id: `${action.id}-place`,
    section: step.id,
    text: say(`Titik ditekan di tempat yang benar: ${action.label.id}`, `The point pressed at the right place: ${action.label.en}`),
    show,
  });
  return items;
}

export function buildChecklist(technique: Technique = TECHNIQUE): readonly ChecklistItem[] {
  const preparation = PREPARATION.map((p): ChecklistItem => ({ ...p, section: 'setting', show: { kind: 'setting' } }));
  const steps = technique.steps.flatMap((step) => {
    const seen = new Set<string>();
    return step.actions.flatMap((action) => [...strokeItems(step, action), ...pointItems(step, seen, action)]);
  });
  const order: ChecklistItem = {
    id: 'order-steps',
    section: 'order',
    text: say(
      `Langkah dikerjakan berurutan: ${technique.steps.map((s) => lower(s.title).id).join(', ')}`,
      `The steps done in order: ${technique.steps.map((s) => lower(s.title).en).join(', ')}`,
    ),
    show: null,
  };
  return [...preparation, ...steps, order];
}

export const CHECKLIST: readonly ChecklistItem[] = buildChecklist();

/** The generated items, then the workshop's own (shown as the trainer typed them, in both languages). */
export function itemsOf(ownItems: readonly OwnItem[]): readonly ChecklistItem[] {
  return [...CHECKLIST, ...ownItems.map((own): ChecklistItem => ({ id: own.id, section: 'own', text: { id: own.text, en: own.text }, show: null }))];
}

/** A step's title for a movement id (for Show's caption). */
export const titleOfAction = (actionId: string, technique: Technique = TECHNIQUE): Text | null => {
  for (const step of technique.steps) for (const action of step.actions) if (action.id === actionId) return titleOf(action);
  return null;
};
