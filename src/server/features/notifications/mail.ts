import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { notificationMail } from '#domain/notification-texts';
import type { Db } from '#server/db/database';
import { claimDueMails, mailDetails, settleMail } from './repository';
import { eventOf, languageOf } from './service';

/**
 * The mail worker: inside the server, off the request path. Every `pollMs` it claims the mail
 * that is due (atomically, so several instances on one database share the work and never take
 * the same row), sends each through the SMTP server, and settles it: sent; or queued again
 * later after a failure, waiting longer each time; or failed after the last attempt.
 */

/** Waits after the n-th failed attempt: 30 s, 1, 2, 4… minutes, at most an hour; about a day in all. */
export const retryDelayMs = (attempts: number) => Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
export const maxAttempts = 30;
/** A claim outlives the slowest send (the transport's timeouts below add up to well under this). */
const leaseMs = 5 * 60_000;
const batchSize = 20;

export interface MailSettings {
  smtpUrl: string;
  from: string;
  pollMs: number;
  publicUrl: string;
}

export interface MailWorker {
  /** One round: claims what is due and sends it; answers how many mails it settled. */
  runOnce(): Promise<number>;
  start(): void;
  /** Stops polling and waits for the round under way. */
  stop(): Promise<void>;
}

interface Log {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export function mailWorker(db: Db, settings: MailSettings, clock: () => Date, log: Log): MailWorker {
  const transport = nodemailer.createTransport({
    url: settings.smtpUrl,
    // A server that does not answer must not hold the round for minutes.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
  const senderHost = /@([^>\s]+)/.exec(settings.from)?.[1] ?? 'sim-tpbis';
  const claim = randomUUID();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function sendOne(row: { id: number; notification_id: number; attempts: number }): Promise<void> {
    const details = await mailDetails(db, row.notification_id);
    if (!details?.email || details.email_notifications !== 1 || details.active !== 1) {
      // The address went, or mail was switched off, after the notice was queued.
      await settleMail(db, row.id, claim, { state: 'skipped' });
      return;
    }
    const language = languageOf(details.language);
    const mail = notificationMail(eventOf(details), language, `${settings.publicUrl}${details.link}`);
    try {
      await transport.sendMail({
        from: settings.from,
        to: details.email,
        subject: mail.subject,
        text: mail.text,
        // The same id on every attempt: should a retry follow a send whose answer was lost, the mailbox sees one message.
        messageId: `<notification-${row.notification_id}@${senderHost}>`,
        headers: { 'Content-Language': language },
      });
      await settleMail(db, row.id, claim, { state: 'sent', sent_at: clock().toISOString(), last_error: null });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const last = row.attempts >= maxAttempts;
      const next = new Date(clock().getTime() + retryDelayMs(row.attempts)).toISOString();
      await settleMail(db, row.id, claim, {
        state: last ? 'failed' : 'queued',
        next_attempt_at: next,
        last_error: message.slice(0, 500),
      });
      log.warn(
        { mailId: row.id, attempts: row.attempts, err: message },
        last ? 'notification mail failed for good' : 'notification mail will be retried',
      );
    }
  }

  async function round(): Promise<number> {
    const now = clock();
    const rows = await claimDueMails(db, {
      now: now.toISOString(),
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      claim,
      limit: batchSize,
    });
    for (const [i, row] of rows.entries()) {
      if (stopped) {
        // Handed back rather than left to a lease that another instance would wait out.
        for (const left of rows.slice(i)) await settleMail(db, left.id, claim, { state: 'queued', next_attempt_at: now.toISOString() });
        break;
      }
      await sendOne(row);
    }
    return rows.length;
  }

  const runOnce = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };

  function schedule(delay: number) {
    if (stopped) return;
    timer = setTimeout(() => {
      runOnce().then(
        // A full batch means more is waiting: go on at once.
        (n) => schedule(n >= batchSize ? 0 : settings.pollMs),
        (error: unknown) => {
          log.error({ err: error }, 'mail worker round failed');
          schedule(settings.pollMs);
        },
      );
    }, delay);
    // Polling alone never keeps the process alive.
    timer.unref();
  }

  return {
    runOnce,
    start: () => schedule(0),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => undefined);
      transport.close();
    },
  };
}
