import { useEffect, useState } from 'react';
import { roleRank, roles, type Role } from '#domain/roles';
import type { User } from '#domain/users';
import { PartnerPicker, type PartnerRef } from '#web/features/partners/PartnerPicker.tsx';
import { RegionPicker, type RegionRef } from '#web/features/partners/RegionPicker.tsx';
import { useRegionRef } from '#web/features/regions/useRegionRef.ts';
import { Field } from '#web/forms/Field.tsx';
import { useT } from '#web/i18n/language.tsx';
import '#web/i18n/pages.ts';

/** A role with the region or library it is given, picked by name: never a typed code or number. */
export interface ScopeDraft {
  role: Role;
  region: RegionRef | null;
  partner: PartnerRef | null;
}

/** Which scope a role needs: the national office none, a library manager a partner, the rest a region. */
export const scopeKindOf = (role: Role) => (role === 'admin_pusat' ? 'none' : role === 'pengelola' ? 'partner' : 'region');

/** Roles the actor may hand out: never above its own (the server enforces the same rule). */
export const offeredRoles = (actor: User) => roles.filter((role) => roleRank[role] <= roleRank[actor.role]);

/** The draft as the API takes it: the field the role does not use is null. */
export function scopeOf(draft: ScopeDraft): { role: Role; regionCode: string | null; partnerId: number | null } {
  const kind = scopeKindOf(draft.role);
  return {
    role: draft.role,
    regionCode: kind === 'region' ? (draft.region?.code ?? null) : null,
    partnerId: kind === 'partner' ? (draft.partner?.id ?? null) : null,
  };
}

/** The draft of a stored user, its region named once loaded. */
export function useScopeDraft(user: Pick<User, 'role' | 'regionCode' | 'partnerId' | 'partnerName'>) {
  const regionFromUser = useRegionRef(user.regionCode);
  const [draft, setDraft] = useState<ScopeDraft>({
    role: user.role,
    region: null,
    partner: user.partnerId !== undefined ? { id: user.partnerId, name: user.partnerName ?? `#${user.partnerId}` } : null,
  });
  // The region's name arrives after the first render.
  useEffect(() => {
    if (regionFromUser) setDraft((current) => (current.region === null ? { ...current, region: regionFromUser } : current));
  }, [regionFromUser]);
  return [draft, setDraft] as const;
}

interface ScopeFieldsProps {
  actor: User;
  /** Prefix of the controls' ids, so a page with two forms keeps them apart. */
  idPrefix: string;
  value: ScopeDraft;
  onChange: (draft: ScopeDraft) => void;
  errors: Partial<Record<string, string>>;
  disabled?: boolean;
}

export const scopeFieldIds = (prefix: string) =>
  ({ role: `${prefix}-role`, regionCode: `${prefix}-region`, partnerId: `${prefix}-partner` }) as const;

export function ScopeFields({ actor, idPrefix, value, onChange, errors, disabled = false }: ScopeFieldsProps) {
  const t = useT();
  const ids = scopeFieldIds(idPrefix);
  const kind = scopeKindOf(value.role);
  // The search looks only inside the actor's own region: nothing outside could be saved.
  const within = actor.regionCode;
  return (
    <>
      <Field id={ids.role} label={t('field.role')} hint={t('users.create.roleHint')} error={errors.role}>
        {(control) => (
          <select
            {...control}
            name="role"
            disabled={disabled}
            value={value.role}
            onChange={(e) => onChange({ ...value, role: e.target.value as Role })}
          >
            {offeredRoles(actor).map((option) => (
              <option key={option} value={option}>
                {t(`role.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {kind === 'region' && !disabled && (
        <RegionPicker
          id={ids.regionCode}
          label={t('field.region')}
          hint={value.role === 'admin_provinsi' ? t('users.scope.provinceHint') : t('users.scope.regionHint')}
          error={errors.regionCode}
          value={value.region}
          onChange={(region) => onChange({ ...value, region })}
          level={value.role === 'admin_provinsi' ? 'provinsi' : undefined}
          within={within}
        />
      )}
      {kind === 'partner' && !disabled && (
        <PartnerPicker
          id={ids.partnerId}
          label={t('users.scope.partner')}
          hint={t('users.scope.partnerHint')}
          error={errors.partnerId}
          value={value.partner}
          onChange={(partner) => onChange({ ...value, partner })}
        />
      )}
    </>
  );
}
