import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Activity, CreateActivityBody } from '#domain/activities';
import { ApiError } from '#web/api/client.ts';
import { createActivity, submitActivity, updateActivity } from '#web/features/activities/api.ts';
import { rememberStrategy } from '#web/features/activities/lastStrategy.ts';
import { useOutbox } from '#web/features/activities/outbox/OutboxProvider.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { checkEdit, checkNew, type ActivityFormValues } from './model';
import type { usePendingPhotos } from './usePendingPhotos';

export type SaveIntent = 'draft' | 'submit';

/** Where the detail page says what just happened. */
export interface SavedNotice {
  notice: 'saved' | 'submitted';
}

/** Where the list says a report is waiting on the device. */
export interface QueuedNotice {
  queued: string;
}

/**
 * Saving a report: create (or edit), then the photos, then — for "Kirim" — submit. Each step
 * that succeeded is not repeated when the person tries again after a failure: the activity,
 * once made, is edited rather than made again, and stored photos are not sent twice.
 */
export function useActivitySave(existing: Activity | null, clientId: string, pending: ReturnType<typeof usePendingPhotos>) {
  const navigate = useNavigate();
  const outbox = useOutbox();
  const sending = useSubmit();
  const [saved, setSaved] = useState<Activity | null>(existing);
  const [intent, setIntent] = useState<SaveIntent>('draft');
  const [duplicates, setDuplicates] = useState<Activity['possibleDuplicates'] | null>(null);
  /** A photo was refused on the last press: the next "Kirim" goes on without it. */
  const [photoRefused, setPhotoRefused] = useState(false);

  const done = (activity: Activity, notice: SavedNotice['notice']) =>
    navigate(`/kegiatan/${activity.id}`, { state: { notice } satisfies SavedNotice });

  /** The last step of "Kirim"; a likely double report waits for the person to confirm it is not one. */
  const submit = async (activity: Activity, note: string, confirmed: boolean) => {
    if (!confirmed && activity.possibleDuplicates.length > 0) {
      setDuplicates(activity.possibleDuplicates);
      return;
    }
    await submitActivity(activity.id, note.trim() || undefined);
    await done(activity, 'submitted');
  };

  /**
   * No connection: the report (or, once made, what is left of it — its photos, its submit) waits
   * in the outbox with its photos and this form's clientId, so it still makes one activity.
   */
  const queue = async (body: CreateActivityBody, intent: SaveIntent, made: Activity | null) => {
    const photos = pending.waiting.map((p) => ({ key: `${clientId}:${p.key}`, name: p.file.name, bytes: p.file }));
    await outbox.add(
      {
        body: { ...body, clientId },
        intent,
        queuedAt: new Date().toISOString(),
        ...(made ? { activityId: made.id, doubtful: made.possibleDuplicates.length > 0 } : {}),
      },
      photos,
    );
    // Home, not the list: it opens offline (the list needs the server) and shows the outbox and the report button.
    await navigate('/', { state: { queued: body.title } satisfies QueuedNotice });
  };

  /** After the activity is stored: its photos, then — for "Kirim" — the submit. */
  const finish = async (activity: Activity, intent: SaveIntent, note: string, values: ActivityFormValues) => {
    setSaved(activity);
    rememberStrategy(activity.strategy);
    const photoFailure = await pending.uploadAll(activity.id);
    if (photoFailure?.code === 'network' && !existing) {
      const checked = checkNew(values, clientId);
      if (checked.ok) return queue(checked.body, intent, activity);
    }
    if (photoFailure) {
      setPhotoRefused(photoFailure.code !== 'network');
      throw photoFailure;
    }
    if (intent === 'submit') await submit(activity, note, false);
    else await done(activity, 'saved');
  };

  /** A new report; without a connection it waits in the outbox instead. */
  const create = async (body: CreateActivityBody, intent: SaveIntent, note: string, values: ActivityFormValues) => {
    let activity: Activity;
    try {
      activity = await createActivity(body);
    } catch (failure) {
      // The request may even have arrived: the clientId makes sending it again safe.
      if (!(failure instanceof ApiError && failure.code === 'network')) throw failure;
      return queue(body, intent, null);
    }
    await finish(activity, intent, note, values);
  };

  /** Checks the form as the server will; the activity, once made, is edited rather than made again. */
  const save = async (values: ActivityFormValues, intent: SaveIntent, note: string) => {
    setDuplicates(null);
    setPhotoRefused(false);
    setIntent(intent);
    if (saved) await sending.submit(checkEdit(values), async (body) => finish(await updateActivity(saved.id, body), intent, note, values));
    else await sending.submit(checkNew(values, clientId), (body) => create(body, intent, note, values));
  };

  /** "Tetap kirim": the reporter has looked and it is not a double report. */
  const submitAnyway = async (note: string) => {
    if (!saved) return;
    setIntent('submit');
    await sending.run(() => submit(saved, note, true));
  };

  const keepDraft = () => (saved ? done(saved, 'saved') : Promise.resolve());

  /** Which button's work is under way, for its label. */
  const busy: SaveIntent | null = sending.busy ? intent : null;
  return { saved, error: sending.error, busy, duplicates, photoRefused, save, submitAnyway, keepDraft };
}
