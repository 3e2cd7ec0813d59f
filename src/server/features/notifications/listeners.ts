import { lineageOfCode } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import type { ActivityListener } from '#server/features/activities/events';
import type { CourseListener } from '#server/features/courses/events';
import type { PracticeListener } from '#server/features/practices/events';
import type { ProblemListener } from '#server/features/problems/events';
import { nameOfPartner, nameOfUser, regionalStaffOver } from './repository';
import type { Notifier } from './service';

/**
 * Who hears of what: each feature announces its moments to a listener, and these turn them into
 * notifications. Nobody is told of what they did themselves. The app hands them to the
 * features' routes (`app.ts`); the demo seed and the factories pass none, so the demo starts
 * with quiet bells.
 */
export interface NotificationListeners {
  activities: ActivityListener;
  practices: PracticeListener;
  problems: ProblemListener;
  courses: CourseListener;
}

const others = (recipients: readonly number[], actorId: number) => recipients.filter((id) => id !== actorId);

export function notificationListeners(notifier: Notifier): NotificationListeners {
  const tell = (db: DbOrTx, recipients: readonly number[], actorId: number, event: Parameters<Notifier['notify']>[2]) => {
    const to = others(recipients, actorId);
    return to.length === 0 ? Promise.resolve() : notifier.notify(db, to, event);
  };

  return {
    async activities(tx, m) {
      const about = { activityId: m.activityId, title: m.title };
      switch (m.kind) {
        case 'returned':
        case 'reopened':
          return tell(tx, [m.reporterId], m.actorId, { kind: 'report_returned', ...about, comment: m.comment ?? '' });
        case 'verified':
          return tell(tx, [m.reporterId], m.actorId, { kind: 'report_verified', ...about });
        case 'commented':
          return tell(tx, [m.reporterId], m.actorId, {
            kind: 'report_commented',
            ...about,
            comment: m.comment ?? '',
            by: await nameOfUser(tx, m.actorId),
          });
        case 'submitted':
          // The review queue shows what waits; a notice per report would bury reviewers.
          return;
      }
    },

    async practices(tx, m) {
      const about = { practiceId: m.practiceId, title: m.title };
      switch (m.kind) {
        case 'returned':
          return tell(tx, [m.authorId], m.actorId, { kind: 'story_returned', ...about, comment: m.comment ?? '' });
        case 'published':
          return tell(tx, [m.authorId], m.actorId, { kind: 'story_published', ...about });
        case 'featured':
          return tell(tx, [m.authorId], m.actorId, { kind: 'story_featured', ...about });
        case 'commented':
          return tell(tx, [m.authorId], m.actorId, {
            kind: 'story_commented',
            ...about,
            comment: m.comment ?? '',
            by: await nameOfUser(tx, m.actorId),
          });
        case 'submitted':
          return;
      }
    },

    async problems(tx, e) {
      switch (e.kind) {
        case 'problem_raised':
          return tell(tx, await regionalStaffOver(tx, lineageOfCode(e.regionCode)), e.actorId, {
            kind: 'problem_raised',
            problemId: e.problemId,
            title: e.title,
            partner: await nameOfPartner(tx, e.partnerId),
          });
        case 'problem_commented':
          return tell(tx, [e.raisedBy], e.actorId, {
            kind: 'problem_commented',
            problemId: e.problemId,
            title: e.title,
            comment: e.comment,
            by: await nameOfUser(tx, e.actorId),
          });
        case 'action_assigned':
          return tell(tx, [e.ownerUserId], e.actorId, {
            kind: 'action_assigned',
            problemId: e.problemId,
            title: e.title,
            what: e.what,
            dueDate: e.dueDate,
          });
        case 'problem_status_changed':
          // Not among the events people asked to hear of; the problem's page shows it.
          return;
      }
    },

    courses(db, m) {
      return notifier.notify(db, [m.userId], { kind: 'certificate_issued', course: m.courseTitle, code: m.code });
    },
  };
}
