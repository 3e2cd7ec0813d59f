import { useState, type FormEvent } from 'react';
import { localToday } from '#domain/calendar';
import { CreateTokenBody, type CreatedToken } from '#domain/tokens';
import { ApiError } from '#web/api/client.ts';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { checked } from '#web/forms/issues.ts';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useT } from '#web/i18n/language.tsx';
import { createToken } from './api';
import '#web/i18n/pages.ts';

const fieldIds = { name: 'new-token-name', expiresAt: 'new-token-expires' } as const;

// The shared "duplicate name" words speak of partners; a token's name is the user's own.
const tokenWords = (error: ApiError) =>
  error.code === 'conflict'
    ? new ApiError(
        error.code,
        error.status,
        error.message,
        error.details.map((d) => (d.field === 'name' ? { ...d, issue: 'duplicate_token' } : d)),
      )
    : error;

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const t = useT();
  const [name, setName] = useState('');
  const [expiresAt, setExpiresAt] = useState('');
  const form = useSubmit({ mapError: tokenWords });
  const { busy, error, fieldErrors: errors } = form;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(checked(CreateTokenBody.safeParse({ name, expiresAt: expiresAt || undefined })), async (body) => {
      onCreated(await createToken(body));
      setName('');
      setExpiresAt('');
    });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-token-title">
      <h3 id="create-token-title">{t('tokens.create.title')}</h3>
      {error && <ErrorNotice error={error} fieldIds={fieldIds} />}
      <Field id={fieldIds.name} label={t('field.name')} hint={t('tokens.create.nameHint')} error={errors.name}>
        {(control) => <input {...control} name="tokenName" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <Field id={fieldIds.expiresAt} label={t('field.expiresAt')} hint={t('tokens.create.expiresHint')} error={errors.expiresAt} optional>
        {(control) => (
          <input
            {...control}
            name="expiresAt"
            type="date"
            min={localToday()}
            value={expiresAt}
            onChange={(e) => setExpiresAt(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('tokens.create.saving') : t('tokens.create.submit')}
      </button>
    </form>
  );
}
