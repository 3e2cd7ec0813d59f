import { useEffect, useRef, useState, type FormEvent } from 'react';
import { photoLimits, type Photo } from '#domain/photos';
import { practiceLimits, type Practice } from '#domain/practices';
import { strategies, type Strategy } from '#domain/taxonomy';
import { type ApiError, asApiError } from '#web/api/client.ts';
import { PhotoPicker } from '#web/features/activities/form/PhotoPicker.tsx';
import { usePendingPhotos } from '#web/features/activities/form/usePendingPhotos.ts';
import { PartnerPicker, type PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { messagesByField } from '#web/forms/issues.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { ActivityChooser, type ActivityRef } from './ActivityChooser';
import { deletePracticePhoto, uploadPracticePhoto } from './api';
import type { PracticeFormValues } from './model';
import { PracticeStatusBadge } from './PracticeStatusBadge';
import { usePracticeSave } from './usePracticeSave';
import './messages.ts';

/** Input ids by the API's field names, so an error in the summary links to its input. */
const fieldIds = {
  partnerId: 'practice-partner',
  title: 'practice-title',
  summary: 'practice-summary',
  story: 'practice-story',
  strategy: 'practice-strategy',
  testimony: 'practice-testimony',
  testimonyBy: 'practice-testimony-by',
  activityIds: 'practice-activities',
  file: 'activity-photos',
  comment: 'practice-note',
} as const;

interface PracticeFormProps {
  initial: PracticeFormValues;
  /** The story being edited; null for a new one. */
  existing: Practice | null;
  /** The library, when the writer has exactly one (a manager); null lets staff pick one. */
  partner: PartnerRef | null;
}

/** A counted text: the limit is shown as it is typed, and a pasted text over it is named, not cut. */
function lengthOf(t: ReturnType<typeof useLanguage>['t'], value: string, limit: number, hint?: string) {
  const count = t('form.length', { count: value.length, limit });
  return {
    hint: hint ? `${hint} · ${count}` : count,
    tooLong: value.length > limit ? t('issue.too_big.text', { limit }) : undefined,
  };
}

/**
 * Writing a story, on a phone first: what happened and what it changed, who said so, which
 * activities it tells of and up to five photos. "Simpan draf" keeps it with the library;
 * "Kirim" sends it to the facilitator for review.
 */
export function PracticeForm({ initial, existing, partner }: PracticeFormProps) {
  const { t, dictionary } = useLanguage();
  const [values, setValues] = useState(initial);
  const [activities, setActivities] = useState<ActivityRef[]>(existing?.activities ?? []);
  const [pickedPartner, setPickedPartner] = useState<PartnerRef | null>(partner);
  const [note, setNote] = useState('');
  const [stored, setStored] = useState<Photo[]>(existing?.photos ?? []);
  const [photoError, setPhotoError] = useState<ApiError | null>(null);
  const pending = usePendingPhotos(stored.length, uploadPracticePhoto);
  const saving = usePracticeSave(existing, pending);

  const set = <K extends keyof PracticeFormValues>(field: K, value: PracticeFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const removeStored = async (photo: Photo) => {
    if (!existing) return;
    setPhotoError(null);
    try {
      await deletePracticePhoto(existing.id, photo.id);
      setStored((list) => list.filter((p) => p.id !== photo.id));
    } catch (failure) {
      setPhotoError(asApiError(failure));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter?.getAttribute('value') === 'draft' ? 'draft' : 'submit';
    void saving.save({ ...values, activityIds: activities.map((a) => a.id) }, intent, note);
  };

  const error = saving.error ?? photoError;
  const errors = messagesByField(error, dictionary);
  const title = lengthOf(t, values.title, practiceLimits.title, t('practiceForm.titleHint'));
  const summary = lengthOf(t, values.summary, practiceLimits.summary, t('practiceForm.summaryHint'));
  const story = lengthOf(t, values.story, practiceLimits.story, t('practiceForm.storyHint'));
  const testimony = lengthOf(t, values.testimony, practiceLimits.testimony, t('practiceForm.testimonyHint'));

  // What went wrong is shown beside the buttons and takes the focus: on a phone the top of the form is far out of sight.
  const problem = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) problem.current?.focus();
  }, [error]);
  const busy = saving.busy !== null;
  const returned = existing?.status === 'returned';
  const partnerId = partner?.id ?? pickedPartner?.id ?? null;

  return (
    <form className="activity-form practice-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {/* Enter in a text field would otherwise "press" the first button and send a half-written story. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      {existing && (
        <p className="activity-form__status">
          <PracticeStatusBadge status={existing.status} />
        </p>
      )}
      {returned && existing.returnComment && (
        <div className="notice notice--warning" role="note">
          <p className="notice__title">{t('practice.returnedTitle')}</p>
          <p className="quote">{existing.returnComment}</p>
        </div>
      )}

      {partner ? (
        <p className="activity-form__partner">{t('activityForm.partnerFixed', { name: partner.name })}</p>
      ) : (
        <PartnerPicker
          id={fieldIds.partnerId}
          label={t('field.partner')}
          error={errors.partnerId}
          value={pickedPartner}
          activeOnly
          onChange={(p) => {
            setPickedPartner(p);
            set('partnerId', p?.id ?? null);
            // Another library's activities cannot be in its story.
            setActivities([]);
          }}
        />
      )}

      <Field id={fieldIds.title} label={t('field.title')} hint={title.hint} error={errors.title ?? title.tooLong}>
        {(control) => (
          <input {...control} name="title" autoComplete="off" value={values.title} onChange={(e) => set('title', e.target.value)} />
        )}
      </Field>
      <Field id={fieldIds.summary} label={t('field.summary')} hint={summary.hint} error={errors.summary ?? summary.tooLong}>
        {(control) => (
          <textarea {...control} name="summary" rows={3} value={values.summary} onChange={(e) => set('summary', e.target.value)} />
        )}
      </Field>
      <Field id={fieldIds.story} label={t('field.story')} hint={story.hint} error={errors.story ?? story.tooLong}>
        {(control) => <textarea {...control} name="story" rows={10} value={values.story} onChange={(e) => set('story', e.target.value)} />}
      </Field>

      <Field id={fieldIds.strategy} label={t('field.strategy')} hint={t('practiceForm.strategyHint')} error={errors.strategy} optional>
        {(control) => (
          <select
            {...control}
            name="strategy"
            value={values.strategy ?? ''}
            onChange={(e) => set('strategy', (e.target.value || null) as Strategy | null)}
          >
            <option value="">{t('practiceForm.strategyNone')}</option>
            {strategies.map((s) => (
              <option key={s} value={s}>
                {t(`strategy.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>

      <fieldset className="practice-form__testimony">
        <legend>
          {t('practiceForm.testimonyTitle')} <span className="field__optional">{t('form.optional')}</span>
        </legend>
        <Field
          id={fieldIds.testimony}
          label={t('field.testimony')}
          hint={testimony.hint}
          error={errors.testimony ?? testimony.tooLong}
          optional
        >
          {(control) => (
            <textarea {...control} name="testimony" rows={3} value={values.testimony} onChange={(e) => set('testimony', e.target.value)} />
          )}
        </Field>
        <Field
          id={fieldIds.testimonyBy}
          label={t('field.testimonyBy')}
          hint={t('practiceForm.testimonyByHint')}
          error={errors.testimonyBy}
          optional
        >
          {(control) => (
            <input
              {...control}
              name="testimonyBy"
              autoComplete="off"
              maxLength={practiceLimits.testimonyBy}
              value={values.testimonyBy}
              onChange={(e) => set('testimonyBy', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <ActivityChooser
        id={fieldIds.activityIds}
        partnerId={partnerId}
        value={activities}
        onChange={setActivities}
        error={errors.activityIds}
      />

      <PhotoPicker
        pending={pending}
        stored={stored}
        onRemoveStored={existing?.allowed.includes('removePhoto') ? (photo) => void removeStored(photo) : undefined}
        disabled={busy}
        words={{
          legend: t('practiceForm.photos'),
          hint: t('practiceForm.photosHint', { count: photoLimits.perActivity, stored: stored.length + pending.waiting.length }),
          tooMany: t('practiceForm.photoTooMany', { count: photoLimits.perActivity }),
        }}
      />

      {returned && (
        <Field id={fieldIds.comment} label={t('activityForm.note')} hint={t('activityForm.noteHint')} error={errors.comment} optional>
          {(control) => (
            <textarea
              {...control}
              name="note"
              rows={2}
              maxLength={practiceLimits.comment}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
      )}

      <div ref={problem} tabIndex={-1} className="activity-form__problem">
        {error && (
          <ErrorNotice error={error} fieldIds={fieldIds} labels={{ partnerId: t('field.partner'), file: t('practiceForm.photos') }} />
        )}
      </div>

      <div className="activity-form__actions">
        <button type="submit" name="intent" value="draft" className="button button--secondary" disabled={busy}>
          {saving.busy === 'draft' ? t('activityForm.saving') : existing ? t('activityForm.saveChanges') : t('activityForm.saveDraft')}
        </button>
        <button type="submit" name="intent" value="submit" className="button button--large" disabled={busy}>
          {saving.busy === 'submit' ? t('activityForm.sending') : t('practiceForm.send')}
        </button>
      </div>
    </form>
  );
}
