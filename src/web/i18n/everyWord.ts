import { courseWords } from '#web/features/courses/messages.ts';
import { courseStaffWords } from '#web/features/courses/staff/messages.ts';
import { completenessWords } from '#web/features/completeness/messages.ts';
import { kpiProfileWords } from '#web/features/kpi-profile/messages.ts';
import { reminderWords } from '#web/features/reminders/messages.ts';
import { gatheringWords } from '#web/features/gatherings/messages.ts';
import { notificationWords } from '#web/features/notifications/messages.ts';
import { practiceWords } from '#web/features/practices/messages.ts';
import { problemWords } from '#web/features/problems/messages.ts';
import { en } from './en';
import { id } from './id';
import type { Dictionary } from './messages';
import { pageWords } from './pages';

/**
 * Every word of the app in both languages at once, for tests and checks. The app itself never
 * imports this: it would pull every feature's words into the first visit.
 */
export const featureParts = {
  practices: practiceWords,
  problems: problemWords,
  gatherings: gatheringWords,
  courses: courseWords,
  'courses/staff': courseStaffWords,
  completeness: completenessWords,
  'kpi-profile': kpiProfileWords,
  notifications: notificationWords,
  reminders: reminderWords,
} as const;
export { pageWords };

export const everyWord: { id: Dictionary; en: Dictionary } = {
  id: {
    ...id,
    ...pageWords.id,
    ...practiceWords.id,
    ...problemWords.id,
    ...gatheringWords.id,
    ...courseWords.id,
    ...courseStaffWords.id,
    ...completenessWords.id,
    ...kpiProfileWords.id,
    ...notificationWords.id,
    ...reminderWords.id,
  },
  en: {
    ...en,
    ...pageWords.en,
    ...practiceWords.en,
    ...problemWords.en,
    ...gatheringWords.en,
    ...courseWords.en,
    ...courseStaffWords.en,
    ...completenessWords.en,
    ...kpiProfileWords.en,
    ...notificationWords.en,
    ...reminderWords.en,
  },
};
