import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useMemo, useState } from 'react';
import { useLocalized } from '../../state/useLocalized';
import type { Text } from '../../technique';
import type { OrderQuestion } from './bank/questions';
import { useCheckStore } from './checkStore';
import { gradeOrder } from './grading';
import { shuffled } from './session';
import { S, fill } from './strings';

type Item = OrderQuestion['items'][number];

/** A shuffled order that is never the right one already. */
function startingOrder(items: readonly Item[]): Item[] {
  for (let tries = 0; tries < 20; tries++) {
    const order = shuffled(items, Math.random);
    if (order.some((item, i) => items[i]!.id !== item.id)) return order;
  }
  return [...items].reverse();
}

/**
 * A sortable list (dnd-kit: pointer, touch and keyboard dragging, with its own screen-reader
 * announcements), plus up/down buttons on every item for those who do not drag.
 */
export function OrderAnswer({ question }: { readonly question: OrderQuestion }) {
  const local = useLocalized();
  const [order, setOrder] = useState(() => startingOrder(question.items));
  const answered = useCheckStore((s) => s.feedback !== null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const ids = useMemo(() => order.map((item) => item.id), [order]);
  const move = (from: number, to: number) => setOrder((current) => arrayMove(current, from, to));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
  };
  const check = () => {
    const { correct, inPlace } = gradeOrder(ids, question.items.map((item) => item.id));
    useCheckStore.getState().answer({ correct, given: ids.join(',') }, { inPlace });
  };
  // dnd-kit says what happens to screen readers; in the learner's language.
  const position = (id: string | number | undefined) => ids.indexOf(String(id)) + 1;
  const say = (text: Text, id: string | number, at: string | number | undefined) => {
    const item = labelOf(order, id, local);
    return local(fill(text, { item: { id: item, en: item }, n: position(at), total: ids.length }));
  };
  const announcements = {
    onDragStart: ({ active }: { active: { id: string | number } }) => say(S.dragPicked, active.id, active.id),
    onDragOver: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) => say(S.dragOver, active.id, over?.id),
    onDragEnd: ({ active, over }: { active: { id: string | number }; over: { id: string | number } | null }) => say(S.dragDropped, active.id, over?.id),
    onDragCancel: ({ active }: { active: { id: string | number } }) => say(S.dragCancelled, active.id, active.id),
  };
  return (
    <>
      <p className="check-help" id="order-help">{local(S.orderHelp)}</p>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={answered}>
          <ol className="order-list" aria-describedby="order-help">
            {order.map((item, index) => (
              <OrderItem key={item.id} item={item} index={index} count={order.length} disabled={answered} onMove={move} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {!answered && (
        <button type="button" className="check-primary" onClick={check}>{local(S.check)}</button>
      )}
    </>
  );
}

function labelOf(order: readonly Item[], id: string | number, local: (t: Text) => string): string {
  const item = order.find((i) => i.id === id);
  return item ? local(item.label) : '';
}

interface OrderItemProps {
  readonly item: Item;
  readonly index: number;
  readonly count: number;
  readonly disabled: boolean;
  readonly onMove: (from: number, to: number) => void;
}

function OrderItem({ item, index, count, disabled, onMove }: OrderItemProps) {
  const local = useLocalized();
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: item.id, disabled });
  const label = local(item.label);
  return (
    <li ref={setNodeRef} className={`order-item${isDragging ? ' dragging' : ''}`} style={{ transform: CSS.Transform.toString(transform), transition }}>
      <span className="order-handle" {...attributes} {...listeners} aria-label={label}>
        <span aria-hidden="true">⠿</span> <span className="order-number">{index + 1}.</span> {label}
      </span>
      <span className="order-buttons">
        <button type="button" disabled={disabled || index === 0} onClick={() => onMove(index, index - 1)} aria-label={`${local(S.moveUp)}: ${label}`}>↑</button>
        <button type="button" disabled={disabled || index === count - 1} onClick={() => onMove(index, index + 1)} aria-label={`${local(S.moveDown)}: ${label}`}>↓</button>
      </span>
    </li>
  );
}
