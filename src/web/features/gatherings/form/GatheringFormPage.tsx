import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { gatheringLimits, gatheringModes, type Gathering } from '#domain/gatherings';
import { levelOfCode } from '#domain/regions';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { idFromParam } from '#web/features/activities/idParam.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { RegionPicker } from '#web/features/partners/RegionPicker.tsx';
import { regionQuery } from '#web/features/regions/api.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { createGathering, gatheringQuery, updateGathering } from '../api';
import { AgendaEditor, itemFieldId } from './AgendaEditor';
import { checkGatheringEdit, checkNewGathering, draftOf, type GatheringDraft } from './model';
import '../gatherings.css';
import '../messages.ts';

const ids = {
  title: 'gathering-title',
  date: 'gathering-date',
  mode: 'gathering-mode',
  regionCode: 'gathering-region',
  facilitators: 'gathering-facilitators',
  consultants: 'gathering-consultants',
} as const;

function GatheringForm({ initial, existing }: { initial: GatheringDraft; existing: Gathering | null }) {
  const { t } = useLanguage();
  const user = useUser();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const form = useSubmit();
  const errors = form.fieldErrors;
  const set = <K extends keyof GatheringDraft>(key: K, value: GatheringDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // Each item's inputs, so an issue in the summary links to the one it names.
  const fieldIds: Record<string, string> = { ...ids };
  draft.agenda.forEach((item, index) => {
    for (const field of ['kind', 'title', 'region', 'from', 'to', 'practiceIds', 'problemIds', 'courseIds']) {
      fieldIds[`agenda.${index}.${field}`] = itemFieldId(index, field);
    }
    item.stories.forEach((_, n) => (fieldIds[`agenda.${index}.practiceIds.${n}`] = itemFieldId(index, 'practiceIds')));
    item.problems.forEach((_, n) => (fieldIds[`agenda.${index}.problemIds.${n}`] = itemFieldId(index, 'problemIds')));
    item.courses.forEach((_, n) => (fieldIds[`agenda.${index}.courseIds.${n}`] = itemFieldId(index, 'courseIds')));
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const saved = (g: Gathering) => navigate(`/pertemuan/${g.id}`);
    if (existing) void form.submit(checkGatheringEdit(draft), async (body) => saved(await updateGathering(existing.id, body)));
    else void form.submit(checkNewGathering(draft), async (body) => saved(await createGathering(body)));
  };

  return (
    <form className="form gathering-form" onSubmit={onSubmit} noValidate>
      {form.error && <ErrorNotice error={form.error} fieldIds={fieldIds} />}
      <div className="card form">
        <Field id={ids.title} label={t('field.title')} error={errors.title}>
          {(control) => (
            <input
              {...control}
              name="title"
              maxLength={gatheringLimits.title}
              value={draft.title}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </Field>
        <Field id={ids.date} label={t('field.date')} error={errors.date}>
          {(control) => <input {...control} name="date" type="date" value={draft.date} onChange={(e) => set('date', e.target.value)} />}
        </Field>
        <Field id={ids.mode} label={t('gathering.modeLabel')} error={errors.mode}>
          {(control) => (
            <select {...control} name="mode" value={draft.mode} onChange={(e) => set('mode', e.target.value as GatheringDraft['mode'])}>
              {gatheringModes.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`gathering.mode.${mode}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {existing ? (
          <p>
            {t('field.region')}: <strong>{existing.regionName}</strong>
          </p>
        ) : (
          <RegionPicker
            id={ids.regionCode}
            label={t('field.region')}
            hint={t('gathering.regionHint')}
            error={errors.regionCode}
            within={user.regionCode}
            value={draft.region}
            onChange={(r) => set('region', r ? { code: r.code, name: r.name, level: r.level } : null)}
          />
        )}
        <Field
          id={ids.facilitators}
          label={t('gathering.facilitators')}
          hint={t('gathering.namesHint')}
          error={errors.facilitators}
          optional
        >
          {(control) => (
            <textarea
              {...control}
              name="facilitators"
              rows={2}
              value={draft.facilitators}
              onChange={(e) => set('facilitators', e.target.value)}
            />
          )}
        </Field>
        <Field id={ids.consultants} label={t('gathering.consultants')} hint={t('gathering.namesHint')} error={errors.consultants} optional>
          {(control) => (
            <textarea
              {...control}
              name="consultants"
              rows={2}
              value={draft.consultants}
              onChange={(e) => set('consultants', e.target.value)}
            />
          )}
        </Field>
      </div>
      <AgendaEditor
        items={draft.agenda}
        onChange={(agenda) => set('agenda', agenda)}
        region={existing?.regionCode ?? draft.region?.code ?? null}
        date={draft.date}
        errors={errors}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.busy}>
          {form.busy ? t('gathering.saving') : existing ? t('gathering.saveChanges') : t('gathering.create')}
        </button>
        <Link className="button button--quiet" to={existing ? `/pertemuan/${existing.id}` : '/pertemuan'}>
          {t('gathering.cancel')}
        </Link>
      </div>
    </form>
  );
}

const blank: GatheringDraft = { title: '', date: '', mode: 'offline', region: null, facilitators: '', consultants: '', agenda: [] };

/** A new gathering, in the user's own region unless another inside it is picked. */
export function NewGatheringPage() {
  const { t } = useLanguage();
  const user = useUser();
  usePageTitle(t('gathering.new'));
  const own = useApiQuery({ ...regionQuery(user.regionCode ?? ''), enabled: user.regionCode !== undefined });
  const waiting = user.regionCode !== undefined && own.state === 'loading';
  const region = own.state === 'ready' ? { code: own.data.code, name: own.data.name, level: own.data.level } : null;
  return (
    <>
      <p className="back-link">
        <Link to="/pertemuan">{t('gathering.backToList')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('gathering.new')}</h1>
      <p className="lead">{t('gathering.newIntro')}</p>
      {waiting ? <p role="status">{t('app.loading')}</p> : <GatheringForm initial={{ ...blank, region }} existing={null} />}
    </>
  );
}

/** Editing a gathering: its header and its whole agenda, items kept by id. */
export function EditGatheringPage() {
  const { t } = useLanguage();
  const id = idFromParam(useParams().id);
  const loaded = useApiQuery(gatheringQuery(id), { fresh: true });
  const gathering = loaded.state === 'ready' ? loaded.data : null;
  usePageTitle(t('gathering.editTitle'));
  return (
    <>
      <p className="back-link">
        <Link to={`/pertemuan/${id}`}>{t('gathering.backToGathering')}</Link>
      </p>
      <h1 tabIndex={-1}>{t('gathering.editTitle')}</h1>
      {loaded.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {loaded.state === 'failed' && (
        <ErrorNotice error={loaded.error} overrides={{ not_found: t('gathering.notFound') }} onRetry={loaded.reload} />
      )}
      {gathering && !gathering.editable && <p className="notice notice--info">{t('gathering.notYours')}</p>}
      {gathering?.editable && <GatheringForm initial={draftOf(gathering, levelOfCode(gathering.regionCode))} existing={gathering} />}
    </>
  );
}
