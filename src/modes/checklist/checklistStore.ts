import { create } from 'zustand';
import {
  RecordsError,
  newRecordId,
  openRecords,
  requestPersistence,
  type ItemScore,
  type Observation,
  type ObservationKind,
  type RecordProblem,
  type RecordsErrorCode,
  type RecordsStore,
  type ResultCode,
  type Trainee,
  type TraineeScore,
  type WorkshopRecord,
} from '../../records';
import { withMark } from './scoring';

export type Screen =
  | { readonly kind: 'list' }
  | { readonly kind: 'workshop'; readonly workshopId: string }
  | { readonly kind: 'observe'; readonly workshopId: string; readonly traineeId: string; readonly observationId: string }
  | { readonly kind: 'report'; readonly workshopId: string };

/** What was deleted, to put back with "Undo". */
export type Undo =
  | { readonly what: 'workshop'; readonly name: string; readonly workshop: WorkshopRecord }
  /** Put back into the workshop as it is then, at its old place, so later changes are kept. */
  | { readonly what: 'trainee'; readonly name: string; readonly workshopId: string; readonly trainee: Trainee; readonly index: number };

/** What taking a result did: added, the same result already there (counts once), or another trainee's. */
export type TakeOutcome = { readonly kind: 'added' } | { readonly kind: 'already' } | { readonly kind: 'otherTrainee'; readonly name: string };

interface ChecklistState {
  screen: Screen;
  records: RecordsStore | null;
  trouble: RecordsErrorCode | null;
  /** Newest first; kept in memory too when the device refuses a write, so nothing is lost. */
  workshops: readonly WorkshopRecord[];
  problems: readonly RecordProblem[];
  undo: Undo | null;
  load(): Promise<void>;
  go(screen: Screen): void;
  createWorkshop(fields: { date: string; place: string; trainer: string }): string;
  updateWorkshop(id: string, change: (workshop: WorkshopRecord) => WorkshopRecord): void;
  deleteWorkshop(id: string): void;
  addTrainee(workshopId: string, name: string): void;
  deleteTrainee(workshopId: string, traineeId: string): void;
  startObservation(workshopId: string, traineeId: string, kind: ObservationKind): void;
  deleteObservation(workshopId: string, traineeId: string, observationId: string): void;
  mark(at: ObservationAt, itemId: string, score: ItemScore | null): void;
  note(at: ObservationAt, itemId: string, note: string): void;
  takeResult(workshopId: string, traineeId: string, result: ResultCode): TakeOutcome;
  typeScore(workshopId: string, traineeId: string, kind: TraineeScore['kind'], score: number): void;
  deleteScore(workshopId: string, traineeId: string, scoreId: string): void;
  addOwnItem(workshopId: string, text: string): void;
  removeOwnItem(workshopId: string, itemId: string): void;
  restore(): void;
}

export interface ObservationAt {
  readonly workshopId: string;
  readonly traineeId: string;
  readonly observationId: string;
}

const troubleOf = (error: unknown): RecordsErrorCode => (error instanceof RecordsError ? error.code : 'unavailable');

const sorted = (workshops: readonly WorkshopRecord[]) =>
  [...workshops].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));

const mapTrainee = (workshop: WorkshopRecord, traineeId: string, change: (trainee: Trainee) => Trainee): WorkshopRecord => ({
  ...workshop,
  trainees: workshop.trainees.map((t) => (t.id === traineeId ? change(t) : t)),
});

const mapObservation = (trainee: Trainee, observationId: string, change: (o: Observation) => Observation): Trainee => ({
  ...trainee,
  observations: trainee.observations.map((o) => (o.id === observationId ? change(o) : o)),
});

export const useChecklistStore = create<ChecklistState>((set, get) => {
  /** Writes the whole workshop (one record, one atomic write); on failure keeps it in memory and says so. */
  /** Keeps the workshop in memory and writes it; settles once written or failed (never rejects). */
  const save = (workshop: WorkshopRecord): Promise<void> => {
    set((s) => ({ workshops: sorted([workshop, ...s.workshops.filter((w) => w.id !== workshop.id)]) }));
    return (
      get().records?.putWorkshop(workshop).then(
        () => void requestPersistence(),
        (error: unknown) => set({ trouble: troubleOf(error) }),
      ) ?? Promise.resolve()
    );
  };
  const find = (id: string) => get().workshops.find((w) => w.id === id);
  const update = (id: string, change: (workshop: WorkshopRecord) => WorkshopRecord): Promise<void> => {
    const workshop = find(id);
    return workshop ? save({ ...change(workshop), updatedAt: new Date().toISOString() }) : Promise.resolve();
  };
  return {
    screen: { kind: 'list' },
    records: null,
    trouble: null,
    workshops: [],
    problems: [],
    undo: null,

    async load() {
      try {
        const records = get().records ?? (await openRecords());
        set({ records, trouble: records.readOnly ? 'readOnly' : null });
        const listed = await records.listWorkshops();
        // Workshops that could not be written stay listed from memory.
        const unsaved = get().workshops.filter((w) => !listed.records.some((r) => r.id === w.id));
        set({ workshops: sorted([...listed.records, ...unsaved]), problems: listed.problems });
      } catch (error) {
        set({ trouble: troubleOf(error) });
      }
    },

    go(screen) {
      set({ screen });
    },

    createWorkshop({ date, place, trainer }) {
      const now = new Date().toISOString();
      const workshop: WorkshopRecord = {
        id: newRecordId(),
        type: 'workshop',
        v: 1,
        date,
        place: place.trim(),
        trainer: trainer.trim(),
        ownItems: [],
        trainees: [],
        createdAt: now,
        updatedAt: now,
      };
      save(workshop);
      set({ screen: { kind: 'workshop', workshopId: workshop.id } });
      return workshop.id;
    },

    updateWorkshop: update,

    deleteWorkshop(id) {
      const workshop = find(id);
      if (!workshop) return;
      set((s) => ({
        workshops: s.workshops.filter((w) => w.id !== id),
        undo: { what: 'workshop', name: `${workshop.date} ${workshop.place}`.trim(), workshop },
        screen: { kind: 'list' },
      }));
      get().records?.deleteWorkshop(id).catch((error: unknown) => set({ trouble: troubleOf(error) }));
    },

    addTrainee(workshopId, name) {
      const trainee: Trainee = { id: newRecordId(), name: name.trim(), observations: [], scores: [] };
      update(workshopId, (w) => ({ ...w, trainees: [...w.trainees, trainee] }));
    },

    deleteTrainee(workshopId, traineeId) {
      const workshop = find(workshopId);
      const trainee = workshop?.trainees.find((t) => t.id === traineeId);
      if (!workshop || !trainee) return;
      set({ undo: { what: 'trainee', name: trainee.name, workshopId, trainee, index: workshop.trainees.indexOf(trainee) } });
      update(workshopId, (w) => ({ ...w, trainees: w.trainees.filter((t) => t.id !== traineeId) }));
    },

    startObservation(workshopId, traineeId, kind) {
      const observation: Observation = { id: newRecordId(), kind, observedAt: new Date().toISOString(), marks: [] };
      update(workshopId, (w) => mapTrainee(w, traineeId, (t) => ({ ...t, observations: [...t.observations, observation] })));
      set({ screen: { kind: 'observe', workshopId, traineeId, observationId: observation.id } });
    },

    deleteObservation(workshopId, traineeId, observationId) {
      update(workshopId, (w) => mapTrainee(w, traineeId, (t) => ({ ...t, observations: t.observations.filter((o) => o.id !== observationId) })));
    },

    mark({ workshopId, traineeId, observationId }, itemId, score) {
      update(workshopId, (w) => mapTrainee(w, traineeId, (t) => mapObservation(t, observationId, (o) => withMark(o, itemId, score))));
    },

    note({ workshopId, traineeId, observationId }, itemId, note) {
      update(workshopId, (w) =>
        mapTrainee(w, traineeId, (t) =>
          mapObservation(t, observationId, (o) => ({ ...o, marks: o.marks.map((m) => (m.itemId === itemId ? { ...m, note } : m)) })),
        ),
      );
    },

    takeResult(workshopId, traineeId, result) {
      const workshop = find(workshopId);
      if (!workshop) return { kind: 'already' };
      const holder = workshop.trainees.find((t) => t.scores.some((s) => s.id === result.id));
      if (holder) return holder.id === traineeId ? { kind: 'already' } : { kind: 'otherTrainee', name: holder.name };
      const score: TraineeScore = { id: result.id, kind: result.kind, score: result.score, via: 'qr', answers: result.answers, takenAt: new Date().toISOString() };
      update(workshopId, (w) => mapTrainee(w, traineeId, (t) => ({ ...t, scores: [...t.scores, score] })));
      return { kind: 'added' };
    },

    typeScore(workshopId, traineeId, kind, value) {
      const score: TraineeScore = { id: newRecordId(), kind, score: value, via: 'typed', answers: '', takenAt: new Date().toISOString() };
      update(workshopId, (w) => mapTrainee(w, traineeId, (t) => ({ ...t, scores: [...t.scores, score] })));
    },

    deleteScore(workshopId, traineeId, scoreId) {
      update(workshopId, (w) => mapTrainee(w, traineeId, (t) => ({ ...t, scores: t.scores.filter((s) => s.id !== scoreId) })));
    },

    addOwnItem(workshopId, text) {
      update(workshopId, (w) => ({ ...w, ownItems: [...w.ownItems, { id: `own-${newRecordId()}`, text: text.trim() }] }));
    },

    removeOwnItem(workshopId, itemId) {
      update(workshopId, (w) => ({ ...w, ownItems: w.ownItems.filter((i) => i.id !== itemId) }));
    },

    /** Undo: a deleted workshop written back whole, a deleted trainee put back in their place. */
    restore() {
      const { undo } = get();
      if (!undo) return;
      // "Undo" stays until what it put back is written: gone, it is kept (a reload finds it).
      const done = () => set((s) => (s.undo === undo ? { undo: null } : {}));
      if (undo.what === 'workshop') {
        void save({ ...undo.workshop, updatedAt: new Date().toISOString() }).then(done);
        return;
      }
      const { trainee, index } = undo;
      void update(undo.workshopId, (w) =>
        w.trainees.some((t) => t.id === trainee.id) ? w : { ...w, trainees: [...w.trainees.slice(0, index), trainee, ...w.trainees.slice(index)] },
      ).then(done);
    },
  };
});
