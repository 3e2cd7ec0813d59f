import { useEffect, useRef, useState, type FormEvent } from 'react';
import { activityLimits, firstActivityDate, type Activity, type ActivityPhoto } from '#domain/activities';
import { localToday } from '#domain/calendar';
import { type ApiError, asApiError } from '#web/api/client.ts';
import { deletePhoto } from '#web/features/activities/api.ts';
import { DuplicatesWarning } from '#web/features/activities/DuplicatesWarning.tsx';
import { StatusBadge } from '#web/features/activities/StatusBadge.tsx';
import { useSubtypes } from '#web/features/activities/useSubtypes.ts';
import { PartnerPicker, type PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { messagesByField } from '#web/forms/issues.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { newClientId } from './clientId';
import type { ActivityFormValues } from './model';
import { OutcomeFields, outcomeIds } from './OutcomeFields';
import { ParticipantFields, participantIds } from './ParticipantFields';
import { PhotoPicker } from './PhotoPicker';
import { StakeholderChips } from './StakeholderChips';
import { StrategyChoice } from './StrategyChoice';
import { useActivitySave } from './useActivitySave';
import { usePendingPhotos } from './usePendingPhotos';

/** Input ids by the API's field names, so an error in the summary links to its input. */
const fieldIds = {
  partnerId: 'activity-partner',
  strategy: 'activity-strategy',
  subtype: 'activity-subtype',
  title: 'activity-title',
  date: 'activity-date',
  location: 'activity-location',
  description: 'activity-description',
  stakeholders: 'activity-stakeholder',
  photo: 'activity-photos',
  comment: 'activity-note',
  ...participantIds,
  ...outcomeIds,
} as const;

interface ActivityFormProps {
  initial: ActivityFormValues;
  /** The activity being edited; null for a new report. */
  existing: Activity | null;
  /** The partner, when the reporter has exactly one; null lets the reporter pick one. */
  partner: PartnerRef | null;
}

/**
 * The report form, built for a phone and a minute: everything needed is on one screen in the
 * order it happened, the optional parts fold away, and checks run before anything is sent.
 */
export function ActivityForm({ initial, existing, partner }: ActivityFormProps) {
  const { t, dictionary, language } = useLanguage();
  const [values, setValues] = useState(initial);
  const [pickedPartner, setPickedPartner] = useState<PartnerRef | null>(partner);
  const [clientId] = useState(newClientId);
  const [note, setNote] = useState('');
  const [stored, setStored] = useState<ActivityPhoto[]>(existing?.photos ?? []);
  const [photoError, setPhotoError] = useState<ApiError | null>(null);
  const pending = usePendingPhotos(stored.length);
  const saving = useActivitySave(existing, clientId, pending);
  const subtypes = useSubtypes();

  const set = <K extends keyof ActivityFormValues>(field: K, value: ActivityFormValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const setStrategy = (strategy: NonNullable<ActivityFormValues['strategy']>) =>
    setValues((current) => {
      // A sub-type of another strategy would be refused; clear it rather than send it.
      const keep = subtypes.items.some((s) => s.code === current.subtype && s.strategy === strategy);
      return { ...current, strategy, subtype: keep ? current.subtype : '' };
    });

  const removeStored = async (photo: ActivityPhoto) => {
    if (!existing) return;
    setPhotoError(null);
    try {
      await deletePhoto(existing.id, photo.id);
      setStored((list) => list.filter((p) => p.id !== photo.id));
    } catch (failure) {
      setPhotoError(asApiError(failure));
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = submitter?.getAttribute('value') === 'draft' ? 'draft' : 'submit';
    void saving.save(values, intent, note);
  };

  const error = saving.error ?? photoError;
  const errors = messagesByField(error, dictionary);
  // A pasted text longer than allowed is kept and named, not cut off without a word.
  const titleTooLong = values.title.length > activityLimits.title;
  const titleError = errors.title ?? (titleTooLong ? t('issue.too_big.text', { limit: activityLimits.title }) : undefined);

  // What went wrong is shown beside the buttons and takes the focus: on a phone the top of the form is far out of sight.
  const problem = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error || saving.duplicates) problem.current?.focus();
  }, [error, saving.duplicates]);
  const busy = saving.busy !== null;
  const options = subtypes.items.filter((s) => s.strategy === values.strategy);
  const returned = existing?.status === 'returned';

  return (
    <form className="activity-form" onSubmit={onSubmit} noValidate aria-busy={busy}>
      {/* Enter in a text field would otherwise "press" the first button and leave the form half filled in;
          a disabled default button turns that implicit submission off. */}
      <button type="submit" disabled hidden aria-hidden="true" tabIndex={-1} />
      {existing && (
        <p className="activity-form__status">
          <StatusBadge status={existing.status} />
        </p>
      )}
      {returned && existing.returnComment && (
        <div className="notice notice--info" role="note">
          <p className="notice__title">{t('activityForm.returnedTitle')}</p>
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
          }}
        />
      )}

      <StrategyChoice value={values.strategy} onChange={setStrategy} error={errors.strategy} />

      <Field id="activity-subtype" label={t('field.subtype')} error={errors.subtype} optional>
        {(control) => (
          <select
            {...control}
            name="subtype"
            value={values.subtype}
            disabled={values.strategy === null}
            onChange={(e) => set('subtype', e.target.value)}
          >
            <option value="">{values.strategy === null ? t('activityForm.subtypeFirst') : t('activityForm.subtypeNone')}</option>
            {options.map((s) => (
              <option key={s.code} value={s.code}>
                {language === 'en' ? s.labelEn : s.labelId}
              </option>
            ))}
          </select>
        )}
      </Field>

      <Field
        id="activity-title"
        label={t('field.title')}
        hint={`${t('activityForm.titleHint')} · ${t('form.length', { count: values.title.length, limit: activityLimits.title })}`}
        error={titleError}
      >
        {(control) => (
          <input {...control} name="title" autoComplete="off" value={values.title} onChange={(e) => set('title', e.target.value)} />
        )}
      </Field>

      <Field id="activity-date" label={t('field.date')} error={errors.date}>
        {(control) => (
          <input
            {...control}
            type="date"
            name="date"
            min={firstActivityDate}
            max={localToday()}
            value={values.date}
            onChange={(e) => set('date', e.target.value)}
          />
        )}
      </Field>

      <ParticipantFields values={values} set={set} errors={errors} />

      <Field id="activity-location" label={t('field.location')} hint={t('activityForm.locationHint')} error={errors.location} optional>
        {(control) => (
          <input
            {...control}
            name="location"
            autoComplete="off"
            maxLength={activityLimits.location}
            value={values.location}
            onChange={(e) => set('location', e.target.value)}
          />
        )}
      </Field>

      <Field
        id="activity-description"
        label={t('field.description')}
        hint={t('activityForm.descriptionHint')}
        error={errors.description}
        optional
      >
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={4}
            maxLength={activityLimits.description}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
          />
        )}
      </Field>

      <StakeholderChips
        id="activity-stakeholder"
        value={values.stakeholders}
        onChange={(v) => set('stakeholders', v)}
        error={errors.stakeholders}
      />

      {values.strategy === 'advokasi' && <OutcomeFields values={values} set={set} errors={errors} />}

      <PhotoPicker
        pending={pending}
        stored={stored}
        onRemoveStored={existing?.allowed.includes('removePhoto') ? (photo) => void removeStored(photo) : undefined}
        disabled={busy}
      />

      {returned && (
        <Field id="activity-note" label={t('activityForm.note')} hint={t('activityForm.noteHint')} error={errors.comment} optional>
          {(control) => (
            <textarea
              {...control}
              name="note"
              rows={2}
              maxLength={activityLimits.comment}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
      )}

      <div ref={problem} tabIndex={-1} className="activity-form__problem">
        {error && <ErrorNotice error={error} fieldIds={fieldIds} />}
        {saving.photoRefused && <p className="field__hint">{t('activityForm.photoSkipped')}</p>}
        {saving.duplicates && (
          <DuplicatesWarning
            duplicates={saving.duplicates}
            busy={busy}
            onSendAnyway={() => void saving.submitAnyway(note)}
            onCancel={() => void saving.keepDraft()}
            cancelLabel={t('duplicates.keepDraft')}
          />
        )}
      </div>

      <div className="activity-form__actions">
        <button type="submit" name="intent" value="draft" className="button button--secondary" disabled={busy}>
          {saving.busy === 'draft' ? t('activityForm.saving') : existing ? t('activityForm.saveChanges') : t('activityForm.saveDraft')}
        </button>
        <button type="submit" name="intent" value="submit" className="button button--large" disabled={busy}>
          {saving.busy === 'submit' ? t('activityForm.sending') : t('activityForm.send')}
        </button>
      </div>
    </form>
  );
}
