import type { UpdateActivityBody } from '#domain/activities';
import { OutcomeDocumentType } from '#domain/activities';
import { Strategy } from '#domain/taxonomy';
import type { ActivityRow, ActivityTable } from './activity.table';

/** What a reporter writes about an activity: everything but its partner, status and bookkeeping. */
export interface ActivityContent {
  strategy: Strategy;
  subtype: string | null;
  title: string;
  date: string;
  description: string | null;
  location: string | null;
  participantsMale: number;
  participantsFemale: number;
  participantsDisability: number;
  participantsElderly: number;
  participantsChildren: number;
  stakeholders: string[];
  outcome: { documentType: OutcomeDocumentType; documentNumber: string | null; amountRupiah: number | null } | null;
}

/** An empty text field means "none": stored as null, never as ''. */
const blankToNull = (s: string | null | undefined) => (s === undefined || s === null || s === '' ? null : s);

type ContentInput = Partial<Omit<ActivityContent, 'outcome'>> & {
  outcome?: {
    documentType: OutcomeDocumentType;
    documentNumber?: string | null | undefined;
    amountRupiah?: number | null | undefined;
  } | null;
};

function normaliseOutcome(o: ContentInput['outcome']): ActivityContent['outcome'] {
  return o ? { documentType: o.documentType, documentNumber: blankToNull(o.documentNumber), amountRupiah: o.amountRupiah ?? null } : null;
}

export function contentOfBody(
  body: ContentInput & Pick<ActivityContent, 'strategy' | 'title' | 'date' | 'participantsMale' | 'participantsFemale'>,
): ActivityContent {
  return {
    strategy: body.strategy,
    subtype: body.subtype ?? null,
    title: body.title,
    date: body.date,
    description: blankToNull(body.description),
    location: blankToNull(body.location),
    participantsMale: body.participantsMale,
    participantsFemale: body.participantsFemale,
    participantsDisability: body.participantsDisability ?? 0,
    participantsElderly: body.participantsElderly ?? 0,
    participantsChildren: body.participantsChildren ?? 0,
    stakeholders: body.stakeholders ?? [],
    outcome: normaliseOutcome(body.outcome),
  };
}

/** An edit laid over the stored content: absent fields keep their value, `null` clears. */
export function applyEdit(current: ActivityContent, patch: UpdateActivityBody): ActivityContent {
  const pick = <K extends keyof ActivityContent>(key: K, value: ActivityContent[K] | undefined) =>
    value === undefined ? current[key] : value;
  return {
    strategy: pick('strategy', patch.strategy),
    subtype: patch.subtype === undefined ? current.subtype : patch.subtype,
    title: pick('title', patch.title),
    date: pick('date', patch.date),
    description: patch.description === undefined ? current.description : blankToNull(patch.description),
    location: patch.location === undefined ? current.location : blankToNull(patch.location),
    participantsMale: pick('participantsMale', patch.participantsMale),
    participantsFemale: pick('participantsFemale', patch.participantsFemale),
    participantsDisability: pick('participantsDisability', patch.participantsDisability),
    participantsElderly: pick('participantsElderly', patch.participantsElderly),
    participantsChildren: pick('participantsChildren', patch.participantsChildren),
    stakeholders: pick('stakeholders', patch.stakeholders),
    outcome: patch.outcome === undefined ? current.outcome : normaliseOutcome(patch.outcome),
  };
}

export function contentOfRow(row: ActivityRow): ActivityContent {
  return {
    strategy: Strategy.parse(row.strategy),
    subtype: row.subtype,
    title: row.title,
    date: row.date,
    description: row.description,
    location: row.location,
    participantsMale: row.participants_male,
    participantsFemale: row.participants_female,
    participantsDisability: row.participants_disability,
    participantsElderly: row.participants_elderly,
    participantsChildren: row.participants_children,
    stakeholders: JSON.parse(row.stakeholders) as string[],
    outcome: row.outcome_document_type
      ? {
          documentType: OutcomeDocumentType.parse(row.outcome_document_type),
          documentNumber: row.outcome_document_number,
          amountRupiah: row.outcome_amount_rupiah === null ? null : Number(row.outcome_amount_rupiah),
        }
      : null,
  };
}

type ContentColumns = Pick<
  ActivityTable,
  | 'strategy'
  | 'subtype'
  | 'title'
  | 'date'
  | 'description'
  | 'location'
  | 'participants_male'
  | 'participants_female'
  | 'participants_disability'
  | 'participants_elderly'
  | 'participants_children'
  | 'stakeholders'
  | 'outcome_document_type'
  | 'outcome_document_number'
  | 'outcome_amount_rupiah'
>;

export function columnsOfContent(c: ActivityContent): ContentColumns {
  return {
    strategy: c.strategy,
    subtype: c.subtype,
    title: c.title,
    date: c.date,
    description: c.description,
    location: c.location,
    participants_male: c.participantsMale,
    participants_female: c.participantsFemale,
    participants_disability: c.participantsDisability,
    participants_elderly: c.participantsElderly,
    participants_children: c.participantsChildren,
    stakeholders: JSON.stringify(c.stakeholders),
    outcome_document_type: c.outcome?.documentType ?? null,
    outcome_document_number: c.outcome?.documentNumber ?? null,
    outcome_amount_rupiah: c.outcome?.amountRupiah ?? null,
  };
}
