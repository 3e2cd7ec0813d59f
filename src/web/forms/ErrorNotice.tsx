import type { ApiError, FailureCode } from '#web/api/client.ts';
import { describeError } from '#web/i18n/errors.ts';
import { useLanguage } from '#web/i18n/language.tsx';

interface ErrorNoticeProps {
  error: ApiError;
  /** Sentences more precise than the generic ones, for codes this place can explain. */
  overrides?: Partial<Record<FailureCode, string>>;
  /** Ids of the inputs on this form, by API field name: their issues link to them. */
  fieldIds?: Readonly<Record<string, string>>;
  /** A field's visible label where the form words it differently from the shared name ("Letak desa" for regionCode). */
  labels?: Readonly<Record<string, string>>;
  onRetry?: () => void;
}

/**
 * Announces a failure at once (role="alert") in the user's language and lists each failing
 * field by name, linking to the input when it is on the page.
 */
export function ErrorNotice({ error, overrides, fieldIds = {}, labels = {}, onRetry }: ErrorNoticeProps) {
  const { dictionary, t } = useLanguage();
  const { summary, issues } = describeError(error, dictionary, overrides);
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{summary}</p>
      {issues.length > 0 && (
        <>
          <p>{t('form.errorsTitle')}</p>
          <ul>
            {issues.map((issue) => {
              const inputId = fieldIds[issue.field];
              const text = `${labels[issue.field] ?? issue.label}: ${issue.message}`;
              return <li key={`${issue.field}:${issue.message}`}>{inputId ? <a href={`#${inputId}`}>{text}</a> : text}</li>;
            })}
          </ul>
        </>
      )}
      {onRetry && (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </div>
  );
}
