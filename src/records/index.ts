/**
 * What the app keeps on the device beyond preferences: test attempts and spaced-review cards now,
 * observation checklists (issue 15) and the practice diary (issue 16) next, in one versioned
 * IndexedDB database. Loaded only with the modes that keep records.
 */
export type {
  AnswerRecord,
  AttemptRecord,
  DiaryRecord,
  ImportResult,
  Listed,
  RecordProblem,
  RecordsStore,
  ReviewCard,
  StoreName,
  TestKind,
} from './types';
export { BackupError, RecordsError, type BackupErrorCode, type RecordsErrorCode } from './errors';
export { openRecords } from './database';
export { MIGRATIONS, type Migration } from './migrations';
export { MAX_BACKUP_CHARS, backupFileName, makeBackup } from './backup';
export { attemptsToCsv } from './csv';
export { diaryToCsv } from './diaryCsv';
export { MAX_DIARY_NOTE } from './types';
export type { ItemMark, ItemScore, Observation, ObservationKind, OwnItem, ScoreKind, Trainee, TraineeScore, WorkshopRecord } from './types';
export { tableToCsv } from './tableCsv';
export { parseResultCode, resultCode, type ResultCode, type ResultCodeError } from './resultCode';
export { requestPersistence } from './persistence';
export { BOX_INTERVAL_DAYS, dueCards, newCard, nextBox } from './leitner';
export { newRecordId } from './ids';
