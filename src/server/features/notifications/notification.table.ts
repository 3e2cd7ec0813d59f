import type { Generated, Insertable, Selectable } from 'kysely';

export interface NotificationTable {
  id: Generated<number>;
  user_id: number;
  kind: string;
  /** JSON: the facts the words are made from (titles, the comment, who), written in the reader's language when read. */
  params: string;
  /** The web path of what it is about. */
  link: string;
  created_at: string;
  read_at: string | null;
}
export type NotificationRow = Selectable<NotificationTable>;
export type NewNotificationRow = Insertable<NotificationTable>;

export type MailState = 'queued' | 'sending' | 'sent' | 'failed' | 'skipped';

export interface MailOutboxTable {
  id: Generated<number>;
  notification_id: number;
  state: MailState;
  attempts: Generated<number>;
  next_attempt_at: string;
  lease_until: string | null;
  claim: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}
export type MailOutboxRow = Selectable<MailOutboxTable>;
