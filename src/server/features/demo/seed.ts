import { CreateActivityBody } from '#domain/activities';
import { addDays } from '#domain/calendar';
import { buildDemoPlan } from '#demo/plan';
import { demoAsOf, demoReportRange } from '#demo/figures';
import { demoLoopStaff } from '#demo/people';
import type { DemoActivity } from '#demo/activities';
import { CreateGatheringBody } from '#domain/gatherings';
import { CreatePartnerBody } from '#domain/partners';
import { inScope, type Actor } from '#domain/permissions';
import type { Role } from '#domain/roles';
import type { Db, Tx } from '#server/db/database';
import { createActivity } from '#server/features/activities/service';
import { returnActivity, submitActivity, verifyActivity } from '#server/features/activities/status';
import { hashPassword } from '#server/features/auth/passwords';
import { recordAttendance } from '#server/features/gatherings/attendance';
import { createGathering } from '#server/features/gatherings/service';
import { createPartner } from '#server/features/partners/service';
import { regionsInside } from '#server/features/regions/service';
import { createAccount } from '#server/features/users/accounts';
import { importDemoCourse, seedDemoLearning } from './elis';
import { demoLogins, demoPassword } from './logins';
import { seedLoopBeforeGathering } from './loop';
import { recordDemoBuild } from './period';
import { renderDemoPictures } from './pictures';

export interface DemoSummary {
  partners: number;
  activities: number;
  managers: number;
  gatheringAttendees: number;
  stories: number;
  problems: number;
}

/** Kepulauan Bangka Belitung, the province of the source document. */
const demoProvince = '19';

/** Reports happen during the working day in Western Indonesia (UTC+7). */
const at = (date: string, hour: number) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

/** A reviewer looks at a report two days later, but never after the demo's "today". */
const reviewDay = (date: string) => (addDays(date, 2) > demoAsOf ? demoAsOf : addDays(date, 2));

/** Demo ids are stable per seed; the API wants a UUID, so the number becomes one. */
const clientUuid = (index: number) => `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 36);
}

/**
 * Builds the demo of Kepulauan Bangka Belitung on an empty database through the same services
 * the API uses: partners, one manager per partner, every activity reported, submitted, verified
 * or returned by the people who would, the champions' good-practice stories with their photos
 * (stored under `uploadDir`), the problems raised and worked on, the Elis course, the gathering of
 * 28 September 2024 that introduced it, and the managers learning in it afterwards.
 */
export async function seedDemo(
  db: Db,
  now: Date,
  uploadDir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<DemoSummary> {
  const regions = await regionsInside(db, demoProvince);
  const plan = buildDemoPlan(regions);
  const passwordHash = await hashPassword(demoPassword);
  const pictures = await renderDemoPictures(plan.loop.stories);

  return db.transaction().execute(async (tx) => {
    const newUser = (username: string, role: Role, scope: { regionCode?: string; partnerId?: number }, displayName: string) =>
      createAccount(tx, { username, passwordHash, role, ...scope, displayName, now });

    const staff = new Map<string, Actor>();
    for (const login of demoLogins) {
      if (login.role === 'pengelola') continue;
      staff.set(
        login.username,
        await newUser(login.username, login.role, 'regionCode' in login ? { regionCode: login.regionCode } : {}, login.displayName),
      );
    }
    const pusat = staff.get('pusat');
    const babel = staff.get('babel');
    const runi = staff.get('runi');
    const yulianti = staff.get('yulianti');
    if (!pusat || !babel || !runi || !yulianti) throw new Error('demo staff logins are missing');
    const staffMember = (login: (typeof demoLoopStaff)[number]): Actor => {
      const actor = staff.get(login);
      if (!actor) throw new Error(`demo staff login ${login} is missing`);
      return actor;
    };
    demoLoopStaff.forEach(staffMember);

    const partnerIds: number[] = [];
    for (const p of plan.partners) {
      const body = CreatePartnerBody.parse({
        name: p.name,
        type: p.type,
        scheme: p.scheme,
        regionCode: p.regionCode,
        cohortYear: p.cohortYear,
      });
      partnerIds.push((await createPartner(tx, babel, body, at(`${p.cohortYear}-03-01`, 9))).id);
    }

    const partnerIdOf = (ref: number): number => {
      const id = partnerIds[ref];
      if (id === undefined) throw new Error(`demo partner ${ref} was not created`);
      return id;
    };

    const managers = await createManagers(plan.partners, partnerIdOf, newUser);
    const reviewerOf = (regionCode: string) => (inScope(yulianti, { regionCode }) ? yulianti : runi);

    const activityIds: number[] = [];
    for (const [index, a] of plan.activities.entries()) {
      const partner = plan.partners[a.partnerRef];
      const manager = managers[a.partnerRef];
      const partnerId = partnerIds[a.partnerRef];
      if (!partner || !manager || partnerId === undefined) throw new Error(`demo activity ${index} has no partner`);
      activityIds.push(await reportDemoActivity(tx, a, clientUuid(index), partnerId, manager, reviewerOf(partner.regionCode)));
      if (index % 500 === 0) onProgress?.(index, plan.activities.length);
    }
    onProgress?.(plan.activities.length, plan.activities.length);

    const loop = await seedLoopBeforeGathering(
      tx,
      plan.loop,
      {
        managerOf: (ref) => {
          const manager = managers[ref];
          if (!manager) throw new Error(`demo partner ${ref} has no manager`);
          return manager;
        },
        staff: staffMember,
        partnerIdOf,
        activityIdOf: (index) => {
          const id = activityIds[index];
          if (id === undefined) throw new Error(`demo activity ${index} was not created`);
          return id;
        },
        uploadDir,
      },
      pictures,
    );

    const courseId = await importDemoCourse(tx, pusat);
    const g = plan.gathering;
    const gathering = await createGathering(
      tx,
      babel,
      CreateGatheringBody.parse({
        title: g.title,
        date: g.date,
        mode: g.mode,
        regionCode: g.regionCode,
        facilitators: g.facilitators,
        consultants: g.consultants,
        // The source document's four parts, each linked to what it covered.
        agenda: g.agenda.map(({ kind, title }) => {
          switch (kind) {
            case 'capaian_kpi':
              return { kind, title, region: g.regionCode, from: demoReportRange.from, to: demoReportRange.to };
            case 'praktik_baik':
              return { kind, title, practiceIds: loop.gatheringAgenda.practiceIds };
            case 'pemecahan_masalah':
              return { kind, title, problemIds: loop.gatheringAgenda.problemIds };
            case 'elis':
              return { kind, title, courseIds: [courseId] };
            case 'lainnya':
              return { kind, title };
          }
        }),
      }),
      at(g.date, 8),
    );
    const attended = await recordAttendance(tx, babel, gathering.id, g.attendeeRefs.map(partnerIdOf), at(g.date, 8));
    await loop.afterGathering({ id: gathering.id, regionCode: g.regionCode });
    await seedDemoLearning(tx, courseId, { managers, partners: plan.partners, attendeeRefs: g.attendeeRefs });
    // Screens open on the period the source document reports on, not on an empty current year.
    await recordDemoBuild(tx, { regionCode: demoProvince, report: demoReportRange, asOf: demoAsOf, now });
    return {
      partners: partnerIds.length,
      activities: plan.activities.length,
      managers: managers.length,
      gatheringAttendees: attended.attendees,
      stories: loop.practiceIds.size,
      problems: loop.problemIds.size,
    };
  });
}

/** One manager per partner; the two named in the demo logins keep their short usernames. */
async function createManagers(
  partners: { name: string; regionCode: string }[],
  partnerIdOf: (ref: number) => number,
  newUser: (username: string, role: Role, scope: { partnerId: number }, displayName: string) => Promise<Actor>,
): Promise<Actor[]> {
  const named = new Map<string, { username: string; displayName: string }>();
  for (const login of demoLogins) if ('partnerRegionCode' in login) named.set(login.partnerRegionCode, login);
  const taken = new Set<string>();
  const managers: Actor[] = [];
  for (const [ref, p] of partners.entries()) {
    const login = named.get(p.regionCode);
    let username = login?.username ?? slug(p.name);
    for (let n = 2; taken.has(username); n++) username = `${slug(p.name)}.${n}`;
    taken.add(username);
    managers.push(await newUser(username, 'pengelola', { partnerId: partnerIdOf(ref) }, login?.displayName ?? `Pengelola ${p.name}`));
  }
  return managers;
}

async function reportDemoActivity(
  tx: Tx,
  a: DemoActivity,
  clientId: string,
  partnerId: number,
  manager: Actor,
  reviewer: Actor,
): Promise<number> {
  const body = CreateActivityBody.parse({
    partnerId,
    strategy: a.strategy,
    subtype: a.subtype,
    title: a.title,
    date: a.date,
    description: a.description,
    participantsMale: a.participantsMale,
    participantsFemale: a.participantsFemale,
    clientId,
  });
  const { id } = await createActivity(tx, manager, body, at(a.date, 9));
  if (a.status === 'draft') return id;
  await submitActivity(tx, manager, id, at(a.date, 15));
  const reviewedAt = at(reviewDay(a.date), 16);
  if (a.status === 'verified') await verifyActivity(tx, reviewer, id, reviewedAt);
  if (a.status === 'returned') await returnActivity(tx, reviewer, id, a.reviewComment ?? 'Mohon lengkapi foto kegiatan.', reviewedAt);
  return id;
}
