import {
  activityConsistencyIssues,
  CreateActivityBody,
  latestActivityDate,
  UpdateActivityBody,
  type Activity,
  type OutcomeDocumentType,
} from '#domain/activities';
import type { FieldIssue } from '#domain/errors';
import type { Strategy } from '#domain/taxonomy';
import { ApiError } from '#web/api/client.ts';
import { validationError } from '#web/forms/issues.ts';

/** What the form holds: text as typed, so a half-typed number is kept and checked, never silently dropped. */
export interface ActivityFormValues {
  partnerId: number | null;
  strategy: Strategy | null;
  subtype: string;
  title: string;
  date: string;
  participantsMale: string;
  participantsFemale: string;
  participantsDisability: string;
  participantsElderly: string;
  participantsChildren: string;
  location: string;
  description: string;
  stakeholders: string[];
  outcomeType: OutcomeDocumentType | '';
  documentNumber: string;
  amountRupiah: string;
}

export function emptyValues(defaults: { partnerId: number | null; strategy: Strategy | null; date: string }): ActivityFormValues {
  return {
    ...defaults,
    subtype: '',
    title: '',
    participantsMale: '',
    participantsFemale: '',
    participantsDisability: '',
    participantsElderly: '',
    participantsChildren: '',
    location: '',
    description: '',
    stakeholders: [],
    outcomeType: '',
    documentNumber: '',
    amountRupiah: '',
  };
}

const countText = (n: number) => (n === 0 ? '' : String(n));

export function valuesOf(activity: Activity): ActivityFormValues {
  const amount = activity.outcome?.amountRupiah ?? null;
  return {
    partnerId: activity.partnerId,
    strategy: activity.strategy,
    subtype: activity.subtype ?? '',
    title: activity.title,
    date: activity.date,
    participantsMale: String(activity.participantsMale),
    participantsFemale: String(activity.participantsFemale),
    participantsDisability: countText(activity.participantsDisability),
    participantsElderly: countText(activity.participantsElderly),
    participantsChildren: countText(activity.participantsChildren),
    location: activity.location ?? '',
    description: activity.description ?? '',
    stakeholders: activity.stakeholders,
    outcomeType: activity.outcome?.documentType ?? '',
    documentNumber: activity.outcome?.documentNumber ?? '',
    amountRupiah: amount === null ? '' : String(amount),
  };
}

/** A typed count: empty is "not given"; anything else goes to the schema as a number (NaN and 2.5 fail there, by name). */
function count(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

/** Rupiah as people write it: 5.000.000 or 5 000 000. */
function rupiah(text: string): number | undefined {
  const digits = text.replace(/[.\s]/g, '');
  return digits === '' ? undefined : Number(digits);
}

const text = (value: string) => (value.trim() === '' ? undefined : value.trim());

function outcomeOf(values: ActivityFormValues) {
  if (values.strategy !== 'advokasi' || values.outcomeType === '') return undefined;
  return { documentType: values.outcomeType, documentNumber: text(values.documentNumber), amountRupiah: rupiah(values.amountRupiah) };
}

/** The create body as the form would send it, before any check. */
export function draftBody(values: ActivityFormValues, clientId: string | undefined) {
  return {
    partnerId: values.partnerId ?? undefined,
    clientId,
    strategy: values.strategy ?? undefined,
    subtype: text(values.subtype),
    title: values.title,
    date: values.date,
    participantsMale: count(values.participantsMale),
    participantsFemale: count(values.participantsFemale),
    participantsDisability: count(values.participantsDisability),
    participantsElderly: count(values.participantsElderly),
    participantsChildren: count(values.participantsChildren),
    location: text(values.location),
    description: text(values.description),
    stakeholders: values.stakeholders.length > 0 ? values.stakeholders : undefined,
    outcome: outcomeOf(values),
  };
}

/**
 * The rules the server checks beyond the schema that the form can check too: subgroups within
 * the total, an outcome only for advocacy, no future date. Checked even while other fields are
 * still wrong, so every problem is named at once.
 */
function contentIssues(draft: ReturnType<typeof draftBody>, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { strategy, participantsMale: male, participantsFemale: female } = draft;
  if (strategy !== undefined && Number.isFinite(male) && Number.isFinite(female)) {
    const finite = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);
    issues.push(
      ...activityConsistencyIssues({
        strategy,
        participantsMale: male ?? 0,
        participantsFemale: female ?? 0,
        participantsDisability: finite(draft.participantsDisability),
        participantsElderly: finite(draft.participantsElderly),
        participantsChildren: finite(draft.participantsChildren),
        outcome: draft.outcome,
      }),
    );
  }
  if (draft.date > latestActivityDate(now)) {
    issues.push({ field: 'date', issue: 'future', message: 'an activity cannot be reported before it took place' });
  }
  return issues;
}

export type Checked<T> = { ok: true; body: T } | { ok: false; error: ApiError };

/** Checks the form with the schema the server enforces, so the same words appear beside the same fields. */
export function checkNew(values: ActivityFormValues, clientId: string | undefined, now = new Date()): Checked<CreateActivityBody> {
  const draft = draftBody(values, clientId);
  const parsed = CreateActivityBody.safeParse(draft);
  const schemaIssues = parsed.success ? [] : validationError(parsed.error.issues).details;
  // A field the schema already refuses needs no second sentence.
  const named = new Set(schemaIssues.map((issue) => issue.field));
  const issues = [...schemaIssues, ...contentIssues(draft, now).filter((issue) => !named.has(issue.field))];
  if (parsed.success && issues.length === 0) return { ok: true, body: parsed.data };
  return { ok: false, error: new ApiError('validation', 0, 'invalid input', issues) };
}

/**
 * The edit as a whole-record PATCH: an emptied field is sent as null (or 0) so it is cleared,
 * and the server records in the trail only what really changed.
 */
export function checkEdit(values: ActivityFormValues, now = new Date()): Checked<UpdateActivityBody> {
  const created = checkNew(values, undefined, now);
  if (!created.ok) return created;
  const { partnerId: _partner, clientId: _client, ...fields } = created.body;
  const parsed = UpdateActivityBody.safeParse({
    ...fields,
    subtype: fields.subtype ?? null,
    description: fields.description ?? null,
    location: fields.location ?? null,
    participantsDisability: fields.participantsDisability ?? 0,
    participantsElderly: fields.participantsElderly ?? 0,
    participantsChildren: fields.participantsChildren ?? 0,
    stakeholders: fields.stakeholders ?? [],
    outcome: fields.outcome ?? null,
  });
  if (!parsed.success) return { ok: false, error: validationError(parsed.error.issues) };
  return { ok: true, body: parsed.data };
}
