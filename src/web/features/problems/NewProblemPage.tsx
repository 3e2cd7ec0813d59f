import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CreateProblemBody, problemCategories, problemLimits, type ProblemCategory } from '#domain/problems';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { partnerQuery } from '#web/features/partners/api.ts';
import { PartnerPicker, type PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { raiseProblem } from './api';
import type { ProblemFlash } from './detail/ProblemPage';

const fieldIds = {
  partnerId: 'problem-partner',
  title: 'problem-title',
  category: 'problem-category',
  description: 'problem-description',
} as const;

/** A library's manager raises a problem for its own library; staff in scope pick the library (or come from its page with ?partner=). */
export function NewProblemPage() {
  const t = useT();
  const user = useUser();
  usePageTitle(t('problemForm.title'));
  const own =
    user.role === 'pengelola' && user.partnerId !== undefined
      ? { id: user.partnerId, name: user.partnerName ?? `#${user.partnerId}` }
      : null;
  const asked = Number(useSearchParams()[0].get('partner'));
  const askedId = own === null && Number.isInteger(asked) && asked > 0 ? asked : 0;
  const partner = useApiQuery({ ...partnerQuery(askedId), enabled: askedId > 0 });
  const start =
    askedId > 0 && partner.state === 'ready' ? { id: partner.data.id, name: partner.data.name, regionName: partner.data.regionName } : null;

  return (
    <>
      <h1 tabIndex={-1}>{t('problemForm.title')}</h1>
      <p className="lead">{t('problemForm.intro')}</p>
      {askedId > 0 && partner.state === 'loading' && <p role="status">{t('app.loading')}</p>}
      {askedId > 0 && partner.state === 'failed' && <ErrorNotice error={partner.error} overrides={{ not_found: t('partners.notFound') }} />}
      {(askedId === 0 || partner.state !== 'loading') && <ProblemForm own={own} start={start} />}
    </>
  );
}

function ProblemForm({ own, start }: { own: PartnerRef | null; start: PartnerRef | null }) {
  const t = useT();
  const navigate = useNavigate();
  const [partner, setPartner] = useState<PartnerRef | null>(own ?? start);
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<ProblemCategory | ''>('');
  const [description, setDescription] = useState('');
  const form = useSubmit();
  const errors = form.fieldErrors;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const body = { partnerId: partner?.id, title, category: category || undefined, description };
    void form.submit(checked(CreateProblemBody.safeParse(body)), async (valid) => {
      const raised = await raiseProblem(valid);
      const flash: ProblemFlash = { notice: 'raised' };
      await navigate(`/kendala/${raised.id}`, { state: flash });
    });
  };

  return (
    <form className="form problem-form" onSubmit={send} noValidate aria-busy={form.busy}>
      {own ? (
        <p className="activity-form__partner">{t('activityForm.partnerFixed', { name: own.name })}</p>
      ) : (
        <PartnerPicker
          id={fieldIds.partnerId}
          label={t('problems.field.library')}
          error={errors['partnerId']}
          value={partner}
          onChange={setPartner}
        />
      )}
      <Field
        id={fieldIds.title}
        label={t('field.title')}
        hint={`${t('problemForm.titleHint')} · ${t('form.length', { count: title.length, limit: problemLimits.title })}`}
        error={errors['title']}
      >
        {(control) => (
          <input
            {...control}
            name="title"
            autoComplete="off"
            maxLength={problemLimits.title}
            value={title}
            onChange={(e) => setTitle(e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldIds.category} label={t('field.category')} error={errors['category']}>
        {(control) => (
          <select {...control} name="category" value={category} onChange={(e) => setCategory(e.target.value as ProblemCategory | '')}>
            <option value="">{t('problemForm.categoryPick')}</option>
            {problemCategories.map((c) => (
              <option key={c} value={c}>
                {t(`problemCategory.${c}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldIds.description} label={t('field.description')} hint={t('problemForm.descriptionHint')} error={errors['description']}>
        {(control) => (
          <textarea
            {...control}
            name="description"
            rows={5}
            maxLength={problemLimits.description}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      {form.error && <ErrorNotice error={form.error} fieldIds={fieldIds} labels={{ partnerId: t('problems.field.library') }} />}
      <button type="submit" className="button button--large" disabled={form.busy}>
        {form.busy ? t('problemForm.sending') : t('problemForm.submit')}
      </button>
    </form>
  );
}
