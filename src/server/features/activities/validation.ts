import { activityConsistencyIssues, latestActivityDate } from '#domain/activities';
import type { FieldIssue } from '#domain/errors';
import type { DbOrTx } from '#server/db/database';
import { ApiError } from '#server/http/errors';
import type { ActivityContent } from './content';
import { findSubtype } from './subtypes.repository';

export type SubtypeLookup = (code: string) => Promise<{ active: number; strategy: string } | undefined>;

/** Each sub-type looked up once, for many reports in one transaction (an import). */
export function rememberedSubtypes(db: DbOrTx): SubtypeLookup {
  const known = new Map<string, Promise<{ active: number; strategy: string } | undefined>>();
  return (code) => {
    let subtype = known.get(code);
    if (!subtype) known.set(code, (subtype = findSubtype(db, code)));
    return subtype;
  };
}

/**
 * The rules a schema cannot check alone: they need the clock, the sub-type data, or the whole
 * activity after an edit. Every failing field is named at once.
 */
export async function assertValidContent(
  db: DbOrTx,
  content: ActivityContent,
  now: Date,
  subtypeOf: SubtypeLookup = (code) => findSubtype(db, code),
): Promise<void> {
  const issues: FieldIssue[] = activityConsistencyIssues(content);
  if (content.date > latestActivityDate(now)) {
    issues.push({ field: 'date', issue: 'future', message: 'an activity cannot be reported before it took place' });
  }
  if (content.subtype !== null) {
    const subtype = await subtypeOf(content.subtype);
    if (!subtype || subtype.active !== 1) {
      issues.push({ field: 'subtype', issue: 'unknown_subtype', message: 'no such sub-type' });
    } else if (subtype.strategy !== content.strategy) {
      issues.push({
        field: 'subtype',
        issue: 'wrong_strategy',
        message: `this sub-type belongs to ${subtype.strategy}, not ${content.strategy}`,
      });
    }
  }
  if (issues.length > 0) throw new ApiError('validation', issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues);
}
