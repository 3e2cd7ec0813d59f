import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { formatDate } from '#domain/calendar';
import type { CertificateCheck } from '#domain/course-learning';
import { formatCertificateCode } from '#domain/course-scoring';
import { useApiQuery } from '#web/api/useApiQuery.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useLanguage } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { certificateQuery } from '../api';
import '../courses.css';
import '../messages.ts';

/**
 * /sertifikat/:code, for anyone, signed in or not (the certificate's QR code opens it): whether
 * the code belongs to a certificate Elis issued, and what that certificate says; a form to check another.
 */
export function CertificatePage() {
  const { t } = useLanguage();
  const code = useParams().code?.trim() ?? '';
  usePageTitle(t('elis.check.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('elis.check.title')}</h1>
      {code !== '' && <Verdict key={code} code={code} />}
      <CheckForm />
    </>
  );
}

function Verdict({ code }: { code: string }) {
  const { t } = useLanguage();
  const check = useApiQuery(certificateQuery(code));
  if (check.state === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (check.state === 'failed') {
    // A malformed code and an unknown one get the same 404 (decision 019): say one plain thing.
    if (check.error.code === 'not_found') {
      return (
        <div className="notice notice--error elis-verdict" role="alert">
          <p className="notice__title">{t('elis.check.unknown')}</p>
          <p>{t('elis.check.unknownText', { code })}</p>
        </div>
      );
    }
    return <ErrorNotice error={check.error} onRetry={check.reload} />;
  }
  return <Valid certificate={check.data} />;
}

function Valid({ certificate }: { certificate: CertificateCheck }) {
  const { t, locale } = useLanguage();
  return (
    <section className="notice notice--success elis-verdict" aria-labelledby="elis-valid">
      <h2 id="elis-valid" className="notice__title">
        <span aria-hidden="true">✓ </span>
        {t('elis.check.valid')}
      </h2>
      <dl className="elis-verdict__facts">
        <div>
          <dt>{t('elis.check.name')}</dt>
          <dd>{certificate.name}</dd>
        </div>
        {certificate.library !== undefined && (
          <div>
            <dt>{t('elis.check.library')}</dt>
            <dd>{certificate.library}</dd>
          </div>
        )}
        <div>
          <dt>{t('elis.check.course')}</dt>
          <dd>{certificate.course}</dd>
        </div>
        <div>
          <dt>{t('elis.check.issuedOn')}</dt>
          <dd>{formatDate(certificate.issuedOn, locale, 'long')}</dd>
        </div>
        <div>
          <dt>{t('elis.check.code')}</dt>
          <dd className="elis-code">{formatCertificateCode(certificate.code)}</dd>
        </div>
      </dl>
    </section>
  );
}

function CheckForm() {
  const { t } = useLanguage();
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const code = value.trim();
    if (code === '') {
      setError(t('elis.check.codeRequired'));
      return;
    }
    setError(undefined);
    void navigate(`/sertifikat/${encodeURIComponent(code)}`);
  };
  return (
    <form className="card search-form" onSubmit={onSubmit} noValidate aria-labelledby="elis-check-another">
      <h2 id="elis-check-another">{t('elis.check.another')}</h2>
      <Field id="elis-code" label={t('elis.check.code')} hint={t('elis.check.codeHint')} error={error}>
        {(control) => (
          <div className="search-form__row">
            <input
              {...control}
              value={value}
              onChange={(e) => setValue(e.target.value)}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
            />
            <button type="submit" className="button">
              {t('elis.check.submit')}
            </button>
          </div>
        )}
      </Field>
    </form>
  );
}
