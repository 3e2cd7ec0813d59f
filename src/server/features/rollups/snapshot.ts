import type { ActivityStatus, Strategy } from '#domain/taxonomy';

/** The fields of an activity that rollups count, before or after a change. */
export interface ActivitySnapshot {
  partnerId: number;
  /** The partner's region (a village, regency or province code). */
  regionCode: string;
  date: string;
  strategy: Strategy;
  status: ActivityStatus;
  participantsMale: number;
  participantsFemale: number;
  /** When it was last sent for review (null while a draft): a month's first report decides "on time". */
  submittedAt: string | null;
}
