import type { AttendanceImportResult } from '#domain/gathering-attendance';
import type { Actor } from '#domain/permissions';
import { isWithinRegion } from '#domain/regions';
import type { DbOrTx } from '#server/db/database';
import { inTransaction } from '#server/db/transaction';
import { ApiError, invalidField } from '#server/http/errors';
import { partnerScope } from '#server/features/partners/scope';
import { partnersForActor } from '#server/features/partners/service';
import { editableGathering } from './access';
import { coreName, normalName, readAttendanceList, type ListRow } from './attendance-list';
import { addAttendance, attendingIds } from './repository';
import { auditGathering } from './trail';

// Importing an attendance list: every row is matched to a partner of the gathering's region, by
// id or by name (exactly, else by the name without the words for the kind of library). A dry run
// answers the matches and writes nothing; the real run adds every match or, if any row is
// unmatched, nothing at all, answering the same rows as the 400's details.

interface Candidate {
  id: number;
  name: string;
  regionCode: string;
}

type Match =
  | { ok: true; partner: Candidate }
  | { ok: false; reason: 'not_found' | 'ambiguous' | 'outside_region'; message: string; candidates: Candidate[] };

async function partnersOfRegion(db: DbOrTx, actor: Actor, regionCode: string): Promise<Candidate[]> {
  const all: Candidate[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await partnersForActor(db, actor, { region: regionCode, page, pageSize: 500 });
    all.push(...items.map((p) => ({ id: p.id, name: p.name, regionCode: p.regionCode })));
    if (all.length >= total || items.length === 0) return all;
  }
}

function byKey(partners: readonly Candidate[], key: (name: string) => string): Map<string, Candidate[]> {
  const map = new Map<string, Candidate[]>();
  for (const p of partners) {
    const k = key(p.name);
    if (k.length > 0) map.set(k, [...(map.get(k) ?? []), p]);
  }
  return map;
}

async function matcher(db: DbOrTx, actor: Actor, regionCode: string) {
  const partners = await partnersOfRegion(db, actor, regionCode);
  const byId = new Map(partners.map((p) => [p.id, p]));
  const exact = byKey(partners, normalName);
  const core = byKey(partners, coreName);

  return async (row: ListRow): Promise<Match> => {
    if (row.id !== null) {
      const partner = byId.get(row.id);
      if (partner) return { ok: true, partner };
      const elsewhere = await partnerScope(db, row.id);
      return elsewhere && !isWithinRegion(elsewhere.regionCode, regionCode)
        ? { ok: false, reason: 'outside_region', message: `partner ${row.id} is not in the gathering’s region`, candidates: [] }
        : { ok: false, reason: 'not_found', message: `no partner has the id ${row.id}`, candidates: [] };
    }
    if (row.name === null) return { ok: false, reason: 'not_found', message: 'this row names no library', candidates: [] };
    const found = exact.get(normalName(row.name)) ?? core.get(coreName(row.name)) ?? [];
    if (found.length === 1 && found[0]) return { ok: true, partner: found[0] };
    if (found.length > 1) {
      return {
        ok: false,
        reason: 'ambiguous',
        message: 'several libraries of the region have this name: write its id instead',
        candidates: found,
      };
    }
    return { ok: false, reason: 'not_found', message: 'no library of the gathering’s region has this name', candidates: [] };
  };
}

export function importAttendance(
  db: DbOrTx,
  actor: Actor,
  gatheringId: number,
  text: string,
  dryRun: boolean,
  now: Date,
): Promise<AttendanceImportResult> {
  return inTransaction(db, async (tx) => {
    const gathering = await editableGathering(tx, actor, gatheringId);
    const rows = readAttendanceList(text);
    if (rows.length === 0) throw invalidField('text', 'empty', 'the list names no library');
    const match = await matcher(tx, actor, gathering.region_code);
    const present = await attendingIds(tx, gatheringId);
    const seen = new Set(present);
    const result: AttendanceImportResult = { dryRun, rows: rows.length, matched: [], unmatched: [], added: 0, attendees: present.size };
    const toAdd: number[] = [];
    for (const row of rows) {
      const m = await match(row);
      if (!m.ok) {
        const candidates = m.candidates.map((c) => ({ partnerId: c.id, name: c.name, regionCode: c.regionCode }));
        result.unmatched.push({ row: row.row, text: row.text, reason: m.reason, message: m.message, candidates });
        continue;
      }
      const alreadyPresent = seen.has(m.partner.id);
      seen.add(m.partner.id);
      if (!alreadyPresent) toAdd.push(m.partner.id);
      result.matched.push({ row: row.row, text: row.text, partnerId: m.partner.id, name: m.partner.name, alreadyPresent });
    }
    result.added = toAdd.length;
    result.attendees = present.size + toAdd.length;
    if (dryRun) return result;
    if (result.unmatched.length > 0) {
      throw new ApiError(
        'validation',
        `${result.unmatched.length} of ${rows.length} rows match no library of the region; nothing was imported`,
        result.unmatched.map((u) => ({ field: `rows.${u.row}`, issue: u.reason, message: u.message })),
      );
    }
    if (toAdd.length > 0) {
      await addAttendance(tx, gatheringId, toAdd);
      await auditGathering(tx, gatheringId, {
        actorId: actor.id,
        at: now.toISOString(),
        kind: 'attendance_imported',
        changes: { attendance: { from: null, to: toAdd } },
      });
    }
    return result;
  });
}
