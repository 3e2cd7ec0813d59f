import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { CreateProblemBody } from '#domain/problems';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { useUser } from '#web/features/auth/session.tsx';
import { partnerQuery } from '#web/features/partners/api.ts';
import { PartnerPicker, type PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { raiseProblem } from './api';
import type { ProblemFlash } from './detail/ProblemPage';
import { problemFieldIds, ProblemFields, type ProblemText } from './ProblemFields';
import './messages.ts';
import '#web/i18n/pages.ts';

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
  const [values, setValues] = useState<ProblemText>({ title: '', category: '', description: '' });
  const set = <K extends keyof ProblemText>(field: K, value: ProblemText[K]) => setValues((current) => ({ ...current, [field]: value }));
  const form = useSubmit();

  const send = (event: FormEvent) => {
    event.preventDefault();
    const body = { partnerId: partner?.id, ...values, category: values.category || undefined };
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
          id={problemFieldIds.partnerId}
          label={t('problems.field.library')}
          error={form.fieldErrors['partnerId']}
          value={partner}
          onChange={setPartner}
        />
      )}
      <ProblemFields values={values} set={set} errors={form.fieldErrors} />
      {form.error && <ErrorNotice error={form.error} fieldIds={problemFieldIds} labels={{ partnerId: t('problems.field.library') }} />}
      <button type="submit" className="button button--large" disabled={form.busy}>
        {form.busy ? t('problemForm.sending') : t('problemForm.submit')}
      </button>
    </form>
  );
}
