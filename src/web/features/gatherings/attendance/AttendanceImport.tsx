import { useState, type ChangeEvent } from 'react';
import { attendanceImportLimits, type AttendanceImportResult } from '#domain/gathering-attendance';
import type { Gathering } from '#domain/gatherings';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { importAttendance } from '../api';
import '../messages.ts';

function ResultTable({ result }: { result: AttendanceImportResult }) {
  const { t } = useLanguage();
  const rows = [
    ...result.matched.map((m) => ({
      row: m.row,
      text: m.text,
      ok: true,
      outcome: m.alreadyPresent ? t('gathering.import.already', { name: m.name }) : m.name,
    })),
    ...result.unmatched.map((u) => ({
      row: u.row,
      text: u.text,
      ok: false,
      outcome:
        u.reason === 'ambiguous'
          ? t('gathering.import.ambiguous', { names: u.candidates.map((c) => `${c.name} (${c.partnerId})`).join(', ') })
          : t(`gathering.import.reason.${u.reason}`),
    })),
  ].sort((a, b) => a.row - b.row);
  return (
    <div className="table-scroll">
      <table className="table import-table">
        <caption>{t('gathering.import.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('gathering.import.row')}</th>
            <th scope="col">{t('gathering.import.text')}</th>
            <th scope="col">{t('gathering.import.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.row} className={r.ok ? undefined : 'import-table__unmatched'}>
              <td>{r.row}</td>
              <td>{r.text}</td>
              <td>
                {r.ok ? null : <strong>{t('gathering.import.unmatched')} </strong>}
                {r.outcome}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A list of the libraries that came, pasted or read from a file: checked first (nothing is written),
 * then added all at once, or not at all while a row matches no library.
 */
export function AttendanceImport({ gathering, onImported }: { gathering: Gathering; onImported: () => Promise<void> }) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const [checkedText, setCheckedText] = useState<string | null>(null);
  const [result, setResult] = useState<AttendanceImportResult | null>(null);
  const [imported, setImported] = useState<number | null>(null);
  const check = useSubmit();
  const apply = useSubmit();

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setText(await file.text());
    setResult(null);
  };
  const dryRun = () =>
    void check.run(async () => {
      const answer = await importAttendance(gathering.id, text, true);
      setResult(answer);
      setCheckedText(text);
      setImported(null);
    });
  const run = () =>
    void apply.run(async () => {
      const answer = await importAttendance(gathering.id, text, false);
      setImported(answer.added);
      setResult(null);
      setText('');
      await onImported();
    });
  const ready = result !== null && checkedText === text && result.unmatched.length === 0 && result.added > 0;

  return (
    <section aria-labelledby="attendance-import" className="attendance-import">
      <h2 id="attendance-import">{t('gathering.import.title')}</h2>
      <p>{t('gathering.import.intro')}</p>
      {imported !== null && (
        <p role="status" className="notice notice--success">
          {t('gathering.import.done', { count: imported })}
        </p>
      )}
      <Field
        id="attendance-import-text"
        label={t('gathering.import.textLabel')}
        hint={t('gathering.import.textHint')}
        error={check.fieldErrors.text}
      >
        {(control) => (
          <textarea
            {...control}
            rows={6}
            maxLength={attendanceImportLimits.characters}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setImported(null);
            }}
          />
        )}
      </Field>
      <div className="field">
        <label htmlFor="attendance-import-file">{t('gathering.import.fileLabel')}</label>
        <input id="attendance-import-file" type="file" accept=".csv,.txt,text/csv,text/plain" onChange={(e) => void readFile(e)} />
      </div>
      {check.error && (
        <ErrorNotice error={check.error} fieldIds={{ text: 'attendance-import-text' }} labels={{ text: t('gathering.import.textLabel') }} />
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={check.busy || text.trim() === ''} onClick={dryRun}>
          {check.busy ? t('gathering.import.checking') : t('gathering.import.check')}
        </button>
      </div>
      {result && checkedText === text && (
        <>
          <p role="status" className={result.unmatched.length === 0 ? 'notice notice--success' : 'notice notice--warning'}>
            {t('gathering.import.summary', {
              rows: result.rows,
              matched: result.matched.length,
              unmatched: result.unmatched.length,
              added: result.added,
            })}
          </p>
          <ResultTable result={result} />
          {result.unmatched.length > 0 && <p>{t('gathering.import.fixFirst')}</p>}
        </>
      )}
      {apply.error && <ErrorNotice error={apply.error} labels={{ text: t('gathering.import.textLabel') }} />}
      {ready && (
        <button type="button" className="button" disabled={apply.busy} onClick={run}>
          {apply.busy ? t('gathering.saving') : t('gathering.import.apply', { count: result.added })}
        </button>
      )}
    </section>
  );
}
