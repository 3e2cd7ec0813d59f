import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { ImportCheck, ImportKind, ImportOutcome } from '#domain/imports';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { usePageTitle } from '#web/shell/usePageTitle.ts';
import { importableKinds } from './access';
import { checkImport, runImport, templateHref } from './api';
import { ProblemTable } from './ProblemTable';
import './imports.css';
import './messages.ts';

type Step = { kind: 'idle' } | { kind: 'checked'; file: File; check: ImportCheck } | { kind: 'done'; outcome: ImportOutcome };

/**
 * Impor data: choose what to import, download its template, upload a file to check it (the
 * server's dry run, which writes nothing), fix and check again, then import the checked file.
 */
export function ImportPage() {
  const t = useT();
  const user = useUser();
  const kinds = importableKinds(user);
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'activities');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [missingFile, setMissingFile] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const checking = useSubmit();
  const importing = useSubmit();
  usePageTitle(t('imports.title'));

  const choose = (next: ImportKind) => {
    setKind(next);
    setStep({ kind: 'idle' });
  };

  const onCheck = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setMissingFile(!file);
    if (!file) return;
    setStep({ kind: 'idle' });
    const sent = await checking.run(() => checkImport(kind, file));
    if (sent.ok) setStep({ kind: 'checked', file, check: sent.value });
  };

  const onImport = async (file: File) => {
    const sent = await importing.run(() => runImport(kind, file));
    if (sent.ok) {
      setStep({ kind: 'done', outcome: sent.value });
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <div className="page import-page">
      <h1 tabIndex={-1}>{t('imports.title')}</h1>
      <p>{t('imports.intro')}</p>
      <form className="card stack" onSubmit={(e) => void onCheck(e)} noValidate>
        {kinds.length > 1 && (
          <fieldset className="import-kinds">
            <legend>{t('imports.kind')}</legend>
            {kinds.map((k) => (
              <label key={k} className="import-kind">
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => choose(k)} />{' '}
                {t(k === 'partners' ? 'imports.kind.partners' : 'imports.kind.activities')}
              </label>
            ))}
          </fieldset>
        )}
        <p>
          <a className="button button--secondary" href={templateHref(kind)} download>
            {t('imports.template')}
          </a>
          <br />
          <small className="muted">{t('imports.templateNote')}</small>
        </p>
        <div className="field">
          <label htmlFor="import-file">{t('imports.file')}</label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={missingFile || undefined}
            onChange={() => {
              setMissingFile(false);
              setStep({ kind: 'idle' });
            }}
          />
          {missingFile && (
            <p className="field__error" role="alert">
              {t('imports.noFile')}
            </p>
          )}
        </div>
        <button className="button" type="submit" disabled={checking.busy}>
          {checking.busy ? t('imports.checking') : t('imports.check')}
        </button>
      </form>
      {checking.error && <ErrorNotice error={checking.error} />}
      {step.kind === 'checked' && (
        <section className="card stack" aria-live="polite">
          {step.check.errors.length === 0 ? (
            <>
              <p role="status" className="notice notice--success">
                {t('imports.allValid', { rows: step.check.rows })}
              </p>
              <button className="button" type="button" disabled={importing.busy} onClick={() => void onImport(step.file)}>
                {importing.busy ? t('imports.running') : t('imports.run')}
              </button>
              {importing.error && <ErrorNotice error={importing.error} />}
            </>
          ) : (
            <>
              <p role="status">{t('imports.checked', { rows: step.check.rows, valid: step.check.valid })}</p>
              <p>{t('imports.problemsHint')}</p>
              <ProblemTable errors={step.check.errors} />
            </>
          )}
        </section>
      )}
      {step.kind === 'done' && (
        <section className="card stack">
          <p role="status" className="notice notice--success">
            {t('imports.done', { created: step.outcome.created, unchanged: step.outcome.unchanged })}
          </p>
          {kind === 'activities' && <p>{t('imports.doneActivities')}</p>}
          <p>
            <Link to={kind === 'activities' ? '/kegiatan' : '/mitra'}>
              {t(kind === 'activities' ? 'imports.seeActivities' : 'imports.seePartners')}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
