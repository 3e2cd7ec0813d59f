import type { Kysely, Transaction } from 'kysely';
import type { ActivitySubtypeTable, ActivityTable } from '#server/features/activities/activity.table';
import type { AuditEventTable } from '#server/features/audit/audit-event.table';
import type {
  CourseCertificateTable,
  CourseEnrolmentTable,
  CourseLessonTable,
  CourseModuleTable,
  CourseTable,
  LessonCompletionTable,
  QuizAttemptTable,
  QuizChoiceTable,
  QuizQuestionTable,
} from '#server/features/courses/course.table';
import type { DemoBuildTable } from '#server/features/demo/demo-build.table';
import type { LoginKnownPlaceTable, LoginThrottleTable, SessionTable } from '#server/features/auth/session.table';
import type { MailOutboxTable, NotificationTable } from '#server/features/notifications/notification.table';
import type { PartnerTable } from '#server/features/partners/partner.table';
import type {
  GatheringActionTable,
  GatheringAgendaItemTable,
  GatheringAttendanceTable,
  GatheringItemCourseTable,
  GatheringItemPracticeTable,
  GatheringItemProblemTable,
  GatheringTable,
} from '#server/features/gatherings/gathering.table';
import type { KpiProfileTable } from '#server/features/kpi/kpi-profile.table';
import type { PhotoTable } from '#server/features/photos/photo.table';
import type { PracticeActivityTable, PracticeTable } from '#server/features/practices/practice.table';
import type { ProblemActionTable, ProblemGatheringTable, ProblemTable } from '#server/features/problems/problem.table';
import type { RegionTable } from '#server/features/regions/region.table';
import type { ReminderTable } from '#server/features/reminders/reminder.table';
import type {
  KpiChangeTable,
  KpiGenerationTable,
  RollupPartnerMonthTable,
  RollupPartnerReportingTable,
  RollupRegionDayTable,
} from '#server/features/rollups/rollup.table';
import type { ApiTokenTable } from '#server/features/tokens/token.table';
import type { UserTable } from '#server/features/users/user.table';

/** Every table, gathered from the `*.table.ts` file beside the feature that owns it. */
export interface Database {
  regions: RegionTable;
  partners: PartnerTable;
  users: UserTable;
  sessions: SessionTable;
  login_throttle: LoginThrottleTable;
  login_known_places: LoginKnownPlaceTable;
  activity_subtypes: ActivitySubtypeTable;
  activities: ActivityTable;
  rollup_region_day: RollupRegionDayTable;
  rollup_partner_month: RollupPartnerMonthTable;
  rollup_partner_reporting: RollupPartnerReportingTable;
  reminders: ReminderTable;
  kpi_profiles: KpiProfileTable;
  gatherings: GatheringTable;
  gathering_attendance: GatheringAttendanceTable;
  gathering_agenda_items: GatheringAgendaItemTable;
  gathering_item_practices: GatheringItemPracticeTable;
  gathering_item_problems: GatheringItemProblemTable;
  gathering_item_courses: GatheringItemCourseTable;
  gathering_actions: GatheringActionTable;
  kpi_generations: KpiGenerationTable;
  kpi_changes: KpiChangeTable;
  /** Keyed by owner (`owner_kind`, `owner_id`): activities today, stories and problems next. */
  audit_events: AuditEventTable;
  photos: PhotoTable;
  practices: PracticeTable;
  practice_activities: PracticeActivityTable;
  problems: ProblemTable;
  problem_actions: ProblemActionTable;
  problem_gatherings: ProblemGatheringTable;
  demo_builds: DemoBuildTable;
  courses: CourseTable;
  course_modules: CourseModuleTable;
  course_lessons: CourseLessonTable;
  quiz_questions: QuizQuestionTable;
  quiz_choices: QuizChoiceTable;
  course_enrolments: CourseEnrolmentTable;
  lesson_completions: LessonCompletionTable;
  quiz_attempts: QuizAttemptTable;
  course_certificates: CourseCertificateTable;
  api_tokens: ApiTokenTable;
  notifications: NotificationTable;
  mail_outbox: MailOutboxTable;
}

export type Db = Kysely<Database>;
/** Repositories take either, so the caller owns the transaction. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;
export type Tx = Transaction<Database>;
export type Dialect = 'sqlite' | 'postgres';
