import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Practice } from '#domain/practices';
import type { usePendingPhotos } from '#web/features/activities/form/usePendingPhotos.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { createPractice, submitPractice, updatePractice } from './api';
import { checkNewPractice, checkPracticeEdit, type PracticeFormValues } from './model';

export type SaveIntent = 'draft' | 'submit';

/**
 * Saving a story: create (or edit), then its photos, then — for "Kirim" — submit it for review.
 * A step that succeeded is not repeated when the person tries again after a failure: the story,
 * once made, is edited rather than made again, and stored photos are not sent twice.
 */
export function usePracticeSave(existing: Practice | null, pending: ReturnType<typeof usePendingPhotos>) {
  const navigate = useNavigate();
  const sending = useSubmit();
  const [saved, setSaved] = useState<Practice | null>(existing);
  const [intent, setIntent] = useState<SaveIntent>('draft');

  const finish = async (practice: Practice, intent: SaveIntent, note: string) => {
    setSaved(practice);
    const photoFailure = await pending.uploadAll(practice.id);
    if (photoFailure) throw photoFailure;
    if (intent === 'submit') await submitPractice(practice.id, note.trim() || undefined);
    await navigate(`/praktik-baik/${practice.id}`, { state: { notice: intent === 'submit' ? 'submitted' : 'saved' } });
  };

  /** Checks the form as the server will; the story, once made, is edited rather than made again. */
  const save = async (values: PracticeFormValues, intent: SaveIntent, note: string) => {
    setIntent(intent);
    if (saved) await sending.submit(checkPracticeEdit(values), async (body) => finish(await updatePractice(saved.id, body), intent, note));
    else await sending.submit(checkNewPractice(values), async (body) => finish(await createPractice(body), intent, note));
  };

  /** Which button's work is under way, for its label. */
  const busy: SaveIntent | null = sending.busy ? intent : null;
  return { saved, error: sending.error, busy, save };
}
