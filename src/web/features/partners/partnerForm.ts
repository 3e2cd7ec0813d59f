import { CreatePartnerBody, UpdatePartnerBody, type Partner } from '#domain/partners';
import type { PartnerScheme, PartnerType } from '#domain/taxonomy';
import { ApiError } from '#web/api/client.ts';
import { checked, type Checked } from '#web/forms/issues.ts';

export interface PartnerFormValues {
  name: string;
  type: PartnerType;
  scheme: PartnerScheme;
  regionCode: string;
  cohortYear: string;
  address: string;
  phone: string;
}

export function partnerValues(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    type: partner.type,
    scheme: partner.scheme,
    regionCode: partner.regionCode,
    cohortYear: String(partner.cohortYear),
    address: partner.address ?? '',
    phone: partner.phone ?? '',
  };
}

const year = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());

export function checkNewPartner(values: PartnerFormValues): Checked<CreatePartnerBody> {
  const parsed = CreatePartnerBody.safeParse({
    name: values.name,
    type: values.type,
    scheme: values.scheme,
    regionCode: values.regionCode === '' ? undefined : values.regionCode,
    cohortYear: year(values.cohortYear),
    address: optional(values.address),
    phone: optional(values.phone),
  });
  return checked(parsed);
}

/** An edit sends every field; an emptied address or phone is cleared (null). */
export function checkPartnerEdit(values: PartnerFormValues): Checked<UpdatePartnerBody> {
  const created = checkNewPartner(values);
  if (!created.ok) return created;
  return checked(
    UpdatePartnerBody.safeParse({ ...created.body, address: created.body.address ?? null, phone: created.body.phone ?? null }),
  );
}

/**
 * The server says `wrong_level` for a region of the wrong level, for users and partners alike;
 * for a partner it means "not the level its type sits at", which deserves its own sentence.
 */
export function forPartnerForm(error: ApiError): ApiError {
  const details = error.details.map((d) => (d.field === 'regionCode' && d.issue === 'wrong_level' ? { ...d, issue: 'partner_level' } : d));
  return new ApiError(error.code, error.status, error.message, details, error.retryAfterSeconds);
}
