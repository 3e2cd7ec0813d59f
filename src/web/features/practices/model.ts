import { CreatePracticeBody, UpdatePracticeBody, type Practice } from '#domain/practices';
import type { Strategy } from '#domain/taxonomy';
import { checked, type Checked } from '#web/forms/issues.ts';

/** What the story form holds: the text as typed; the schema trims and checks it as the server will. */
export interface PracticeFormValues {
  partnerId: number | null;
  title: string;
  summary: string;
  story: string;
  strategy: Strategy | null;
  testimony: string;
  testimonyBy: string;
  /** The library's activities the story tells of, in the order they were chosen. */
  activityIds: number[];
}

export function emptyPractice(partnerId: number | null): PracticeFormValues {
  return { partnerId, title: '', summary: '', story: '', strategy: null, testimony: '', testimonyBy: '', activityIds: [] };
}

export function valuesOfPractice(practice: Practice): PracticeFormValues {
  return {
    partnerId: practice.partnerId,
    title: practice.title,
    summary: practice.summary,
    story: practice.story,
    strategy: practice.strategy,
    testimony: practice.testimony ?? '',
    testimonyBy: practice.testimonyBy ?? '',
    activityIds: practice.activities.map((a) => a.id),
  };
}

/** An optional text left empty is none: null clears it on an edit. */
const optional = (text: string) => (text.trim() === '' ? null : text);

/** A new story, checked with the schema the server enforces, so the same words appear beside the same fields. */
export function checkNewPractice(values: PracticeFormValues): Checked<CreatePracticeBody> {
  return checked(
    CreatePracticeBody.safeParse({
      partnerId: values.partnerId ?? undefined,
      title: values.title,
      summary: values.summary,
      story: values.story,
      strategy: values.strategy,
      testimony: optional(values.testimony),
      testimonyBy: optional(values.testimonyBy),
      activityIds: values.activityIds,
    }),
  );
}

/** The edit as a whole-story PATCH (the library stays); the server records in the trail only what changed. */
export function checkPracticeEdit(values: PracticeFormValues): Checked<UpdatePracticeBody> {
  return checked(
    UpdatePracticeBody.safeParse({
      title: values.title,
      summary: values.summary,
      story: values.story,
      strategy: values.strategy,
      testimony: optional(values.testimony),
      testimonyBy: optional(values.testimonyBy),
      activityIds: values.activityIds,
    }),
  );
}
