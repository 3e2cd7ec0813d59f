import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { firstCohortYear, regionLevelOfPartnerType, type Partner } from '#domain/partners';
import { partnerSchemes, partnerTypes, type PartnerScheme, type PartnerType } from '#domain/taxonomy';
import { useUser } from '#web/features/auth/session.tsx';
import { ErrorNotice } from '#web/forms/ErrorNotice.tsx';
import { Field } from '#web/forms/Field.tsx';
import { useSubmit } from '#web/forms/useSubmit.ts';
import { useLanguage } from '#web/i18n/language.tsx';
import { createPartner, updatePartner } from './api';
import { checkNewPartner, checkPartnerEdit, forPartnerForm, type PartnerFormValues } from './partnerForm';
import { RegionPicker, type RegionRef } from './RegionPicker';
import '#web/i18n/pages.ts';

const fieldIds = {
  name: 'partner-name',
  type: 'partner-type',
  scheme: 'partner-scheme',
  regionCode: 'partner-region',
  cohortYear: 'partner-cohort',
  address: 'partner-address',
  phone: 'partner-phone',
} as const;

interface PartnerFormProps {
  initial: PartnerFormValues;
  /** The region as loaded, so the picker names it; null for a new partner. */
  initialRegion: RegionRef | null;
  existing: Partner | null;
}

/** Create or edit a partner. Its region is picked by name at the level its type sits at. */
export function PartnerForm({ initial, initialRegion, existing }: PartnerFormProps) {
  const { t, locale } = useLanguage();
  const user = useUser();
  const navigate = useNavigate();
  const [values, setValues] = useState(initial);
  const [region, setRegion] = useState<RegionRef | null>(initialRegion);
  const form = useSubmit({ mapError: forPartnerForm });
  const { busy, error, fieldErrors: errors } = form;
  const level = regionLevelOfPartnerType[values.type];
  const regionLabel = t('partners.field.region', { level: t(`level.${level}`) });

  const set = <K extends keyof PartnerFormValues>(key: K, value: PartnerFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const saved = (partner: Partner) => navigate(`/mitra/${partner.id}`, { state: { saved: true } });
    if (existing) void form.submit(checkPartnerEdit(values), async (body) => saved(await updatePartner(existing.id, body)));
    else void form.submit(checkNewPartner(values), async (body) => saved(await createPartner(body)));
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate>
      {error && <ErrorNotice error={error} fieldIds={fieldIds} labels={{ regionCode: regionLabel }} />}
      <Field id={fieldIds.name} label={t('partners.field.name')} hint={t('partners.nameHint')} error={errors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            autoComplete="off"
            maxLength={160}
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldIds.type} label={t('field.type')} error={errors.type}>
        {(control) => (
          <select
            {...control}
            name="type"
            value={values.type}
            onChange={(e) => {
              const type = e.target.value as PartnerType;
              set('type', type);
              // A region of the old type's level no longer fits: pick again rather than be refused.
              if (region && region.level !== regionLevelOfPartnerType[type]) {
                setRegion(null);
                set('regionCode', '');
              }
            }}
          >
            {partnerTypes.map((type) => (
              <option key={type} value={type}>
                {t(`partner.type.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={fieldIds.scheme} label={t('field.scheme')} error={errors.scheme}>
        {(control) => (
          <select {...control} name="scheme" value={values.scheme} onChange={(e) => set('scheme', e.target.value as PartnerScheme)}>
            {partnerSchemes.map((scheme) => (
              <option key={scheme} value={scheme}>
                {t(`partner.scheme.${scheme}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <RegionPicker
        id={fieldIds.regionCode}
        label={regionLabel}
        hint={t('partners.regionHint', { level: t(`level.${level}`).toLocaleLowerCase(locale) })}
        error={errors.regionCode}
        value={region}
        level={level}
        within={user.regionCode}
        onChange={(r) => {
          setRegion(r);
          set('regionCode', r?.code ?? '');
        }}
      />
      <Field id={fieldIds.cohortYear} label={t('field.cohortYear')} error={errors.cohortYear}>
        {(control) => (
          <input
            {...control}
            name="cohortYear"
            type="number"
            inputMode="numeric"
            min={firstCohortYear}
            max={new Date().getFullYear()}
            value={values.cohortYear}
            onChange={(e) => set('cohortYear', e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldIds.address} label={t('field.address')} error={errors.address} optional>
        {(control) => (
          <input
            {...control}
            name="address"
            autoComplete="off"
            maxLength={300}
            value={values.address}
            onChange={(e) => set('address', e.target.value)}
          />
        )}
      </Field>
      <Field id={fieldIds.phone} label={t('field.phone')} error={errors.phone} optional>
        {(control) => (
          <input
            {...control}
            name="phone"
            type="tel"
            autoComplete="off"
            maxLength={30}
            value={values.phone}
            onChange={(e) => set('phone', e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button" disabled={busy}>
        {busy ? t('partners.saving') : existing ? t('partners.saveChanges') : t('partners.create')}
      </button>
    </form>
  );
}
