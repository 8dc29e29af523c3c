/** The app's one timeline, built from the validated technique when this module loads. */
import { TECHNIQUE } from '../technique';
import { buildSchedule } from './schedule';

export const SCHEDULE = buildSchedule(TECHNIQUE);
