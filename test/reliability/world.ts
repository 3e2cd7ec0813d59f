import { randomBytes } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import type { Role } from '#domain/roles';
import type { PracticeStatus } from '#domain/practices';
import type { ActivityStatus } from '#domain/taxonomy';
import type { Agent, TestApp } from '#test/app';
import { makeActivity, makePartner, makeUser } from '#test/factories';

/**
 * A small programme in which every role has something in its scope and something outside it.
 * Each partner's name, its activities' titles and its people's usernames carry the partner's
 * token, so "nothing out of scope is returned" is a plain search of the answer for the tokens
 * the asker may not see.
 */
export type Who = Role | 'anonymous';
export const everyone: readonly Who[] = ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan', 'pengelola', 'anonymous'];
export type Scope = 'in' | 'out';

export type PartnerKey = 'home' | 'neighbour' | 'regency' | 'far';
const partnerPlaces: Record<PartnerKey, { region: string; token: string }> = {
  // Puput: the pengelola's own library; inside every regional actor's scope.
  home: { region: '19.05.06.2005', token: 'zrumah' },
  // Another library in the same village: outside only the pengelola's scope.
  neighbour: { region: '19.05.06.2005', token: 'ztetangga' },
  // Cendil, in the next regency: outside the fasilitator of 19.05.
  regency: { region: '19.06.04.2003', token: 'zkabupaten' },
  // Gambir, Jakarta: outside everyone in Bangka Belitung.
  far: { region: '31.71.01.1001', token: 'zjakarta' },
};

/** Which partners each actor may see: written out here, not derived from the permission module under test. */
const visible: Record<Who, readonly PartnerKey[]> = {
  admin_pusat: ['home', 'neighbour', 'regency', 'far'],
  admin_provinsi: ['home', 'neighbour', 'regency'],
  konsultan: ['home', 'neighbour', 'regency'],
  fasilitator: ['home', 'neighbour'],
  pengelola: ['home'],
  anonymous: [],
};

/** The partner (and region) a case aims at: the asker's own for `in`, one just outside its scope for `out`. */
const outside: Record<Who, PartnerKey> = {
  admin_pusat: 'far',
  admin_provinsi: 'far',
  konsultan: 'far',
  fasilitator: 'regency',
  pengelola: 'neighbour',
  anonymous: 'far',
};
const outsideRegion: Record<Who, string> = {
  admin_pusat: '31',
  admin_provinsi: '31',
  konsultan: '31',
  fasilitator: '19.06',
  pengelola: '19.06',
  anonymous: '31',
};
/** Where each main actor stands. */
const actors: Record<Role, { username: string; regionCode?: string; partner?: PartnerKey }> = {
  admin_pusat: { username: 'pusat' },
  admin_provinsi: { username: 'provinsi', regionCode: '19' },
  fasilitator: { username: 'fasilitator', regionCode: '19.05' },
  konsultan: { username: 'konsultan', regionCode: '19' },
  pengelola: { username: 'mgr-zrumah', partner: 'home' },
};

export const gatheringRegions = ['19.05', '19.06', '31'] as const;
export type GatheringRegion = (typeof gatheringRegions)[number];

export interface WorldPartner {
  key: PartnerKey;
  id: number;
  name: string;
  regionCode: string;
  token: string;
  managerId: number;
}

export interface World {
  t: TestApp;
  partners: Record<PartnerKey, WorldPartner>;
  /** A submitted activity of each partner, with one photo. */
  activities: Record<PartnerKey, { id: number; photoId: number }>;
  gatherings: Record<GatheringRegion, number>;
  agents: Record<Who, Agent>;
  usernames: Record<Role, string>;
  partnerFor(who: Who, scope: Scope): WorldPartner;
  regionFor(who: Who, scope: Scope): string;
  gatheringFor(who: Who, scope: Scope): number;
  /** Tokens that must never appear in an answer to this asker. */
  hiddenFrom(who: Who): string[];
  /** The same, for answers made of published stories, which the whole country reads: only the unpublished marks. */
  unpublishedHiddenFrom(who: Who): string[];
  /** A new activity of the partner in the given status, reported by its manager. */
  freshActivity(partner: WorldPartner, status: ActivityStatus): Promise<number>;
  /** A new draft of the partner with one photo. */
  freshPhoto(partner: WorldPartner): Promise<{ activityId: number; photoId: number }>;
  /**
   * A new story of the partner, written by the national admin and taken to the status asked for.
   * Until it is published its title carries `rahasia-<token>`: the mark a reader outside its
   * circle must never see, even where published stories of the same library are everyone's.
   */
  freshPractice(partner: WorldPartner, status: PracticeStatus, options?: { featured?: boolean }): Promise<number>;
  /** A new story draft of the partner with one photo. */
  freshPracticePhoto(partner: WorldPartner): Promise<{ practiceId: number; photoId: number }>;
  /** A new problem of the partner, raised by the national admin, with one open follow-up action. */
  freshProblem(partner: WorldPartner): Promise<{ problemId: number; actionId: number }>;
  /**
   * A new gathering of the region, made by the national admin, with one agenda item that has one
   * follow-up action, and the partner on its attendance list when the partner sits inside the region.
   */
  freshGathering(region: string, attendee?: WorldPartner): Promise<{ gatheringId: number; itemId: number; actionId: number }>;
  /** A new user of the asker's role and scope, logged in: for cases that end the session or change the password. */
  freshAgent(who: Who): Promise<Agent>;
  unique(prefix: string): string;
}

let counter = 0;

export async function buildWorld(t: TestApp): Promise<World> {
  const unique = (prefix: string) => `${prefix}-${++counter}-${randomBytes(2).toString('hex')}`;
  const partners = {} as Record<PartnerKey, WorldPartner>;
  for (const key of Object.keys(partnerPlaces) as PartnerKey[]) {
    const { region, token } = partnerPlaces[key];
    const name = `Perpustakaan ${token[0]?.toUpperCase()}${token.slice(1)}`;
    const { id } = await makePartner(t.db, { regionCode: region, name });
    const manager = await makeUser(t.db, { role: 'pengelola', partnerId: id, username: `mgr-${token}` });
    partners[key] = { key, id, name, regionCode: region, token, managerId: manager.id };
  }
  // Staff outside Bangka Belitung and outside the fasilitator's regency, so user lists have something to hide.
  await makeUser(t.db, { role: 'admin_provinsi', regionCode: '31', username: 'admin-zjakarta' });
  await makeUser(t.db, { role: 'fasilitator', regionCode: '19.06', username: 'fasil-zkabupaten' });
  const usernames = {} as Record<Role, string>;
  for (const [role, a] of Object.entries(actors) as [Role, (typeof actors)[Role]][]) {
    usernames[role] = a.username;
    if (a.partner) continue; // the pengelola is the home partner's manager, made above
    await makeUser(t.db, { role, username: a.username, ...(a.regionCode ? { regionCode: a.regionCode } : {}) });
  }
  const agents = { anonymous: t.anonymous() } as Record<Who, Agent>;
  for (const role of Object.keys(actors) as Role[]) agents[role] = await t.login(usernames[role]);
  const pusat = agents.admin_pusat;

  const freshActivity = async (partner: WorldPartner, status: ActivityStatus) =>
    (
      await makeActivity(t.db, {
        partnerId: partner.id,
        reporterId: partner.managerId,
        status,
        title: `Kegiatan ${partner.token} ${++counter}`,
      })
    ).id;
  const freshPhoto = async (partner: WorldPartner) => {
    const activityId = await freshActivity(partner, 'draft');
    const res = await pusat.request({ method: 'POST', url: `/api/activities/${activityId}/photos`, ...photoUpload(await smallJpeg()) });
    if (res.statusCode !== 201) throw new Error(`photo upload failed: ${res.statusCode} ${res.body}`);
    return { activityId, photoId: res.json<{ id: number }>().id };
  };

  const expectOk = (res: { statusCode: number; body: string }, what: string) => {
    if (res.statusCode >= 300) throw new Error(`${what} failed: ${res.statusCode} ${res.body}`);
    return JSON.parse(res.body) as { id: number };
  };
  const freshPractice = async (partner: WorldPartner, status: PracticeStatus, options: { featured?: boolean } = {}) => {
    const mark = status === 'published' ? partner.token : `rahasia-${partner.token}`;
    const { id } = expectOk(
      await pusat.post('/api/practices', {
        partnerId: partner.id,
        title: `Kisah ${mark} ${++counter}`,
        summary: `Ringkasan kisah ${mark} untuk uji matriks.`,
        story: `Cerita lengkap ${mark}: warga belajar bersama di perpustakaan desa setiap pekan.`,
      }),
      'story',
    );
    if (status === 'draft') return id;
    expectOk(await pusat.post(`/api/practices/${id}/submit`, {}), 'story submit');
    if (status === 'returned') expectOk(await pusat.post(`/api/practices/${id}/return`, { comment: 'Tambah foto.' }), 'story return');
    if (status === 'published') expectOk(await pusat.post(`/api/practices/${id}/publish`, {}), 'story publish');
    if (options.featured) expectOk(await pusat.post(`/api/practices/${id}/feature`, {}), 'story feature');
    return id;
  };
  const freshPracticePhoto = async (partner: WorldPartner) => {
    const practiceId = await freshPractice(partner, 'draft');
    const res = await pusat.request({
      method: 'POST',
      url: `/api/practices/${practiceId}/photos`,
      ...photoUpload(await smallJpeg(), 'file'),
    });
    return { practiceId, photoId: expectOk(res, 'story photo').id };
  };
  const freshProblem = async (partner: WorldPartner) => {
    const { id: problemId } = expectOk(
      await pusat.post('/api/problems', {
        partnerId: partner.id,
        title: `Kendala ${partner.token} ${++counter}`,
        category: 'koleksi',
        description: `Koleksi buku anak ${partner.token} masih sedikit.`,
      }),
      'problem',
    );
    const { id: actionId } = expectOk(
      await pusat.post(`/api/problems/${problemId}/actions`, { what: 'Ajukan hibah buku', owner: 'Kepala Desa', dueDate: '2026-12-31' }),
      'problem action',
    );
    return { problemId, actionId };
  };

  const freshGathering = async (region: string, attendee?: WorldPartner) => {
    const { id: gatheringId, agenda } = expectOk(
      await pusat.post('/api/gatherings', {
        title: `Temu mitra ${++counter}`,
        date: '2024-09-28',
        mode: 'offline',
        regionCode: region,
        agenda: [{ kind: 'lainnya', title: 'Rencana tindak lanjut' }],
      }),
      'gathering',
    ) as { id: number; agenda: { id: number }[] };
    const itemId = agenda[0]?.id ?? 0;
    const { id: actionId } = expectOk(
      await pusat.post(`/api/gatherings/${gatheringId}/agenda/${itemId}/actions`, {
        what: 'Kirim notulen',
        owner: 'Sekretariat',
        dueDate: '2026-12-31',
      }),
      'gathering action',
    );
    if (attendee && (attendee.regionCode === region || attendee.regionCode.startsWith(`${region}.`))) {
      expectOk(await pusat.post(`/api/gatherings/${gatheringId}/attendance`, { partnerIds: [attendee.id] }), 'attendance');
    }
    return { gatheringId, itemId, actionId };
  };

  const activities = {} as World['activities'];
  for (const p of Object.values(partners)) {
    const { activityId, photoId } = await freshPhoto(p);
    const submitted = await pusat.post(`/api/activities/${activityId}/submit`, {});
    if (submitted.statusCode !== 200) throw new Error(`submit failed: ${submitted.body}`);
    activities[p.key] = { id: activityId, photoId };
    // One returned report each, for the reporters' "returned to me" lists.
    await freshActivity(p, 'returned');
  }

  // Each library has a published story (the national gallery) and a draft (its circle's only).
  for (const p of Object.values(partners)) {
    await freshPractice(p, 'published');
    await freshPractice(p, 'draft');
  }

  const gatherings = {} as Record<GatheringRegion, number>;
  const gatheringTitle: Record<GatheringRegion, string> = {
    '19.05': 'Temu mitra Belitung',
    '19.06': 'Temu zkabupaten',
    '31': 'Temu zjakarta',
  };
  for (const region of gatheringRegions) {
    const res = await pusat.post('/api/gatherings', {
      title: gatheringTitle[region],
      date: '2024-09-28',
      mode: 'offline',
      regionCode: region,
    });
    if (res.statusCode !== 201) throw new Error(`gathering failed: ${res.body}`);
    gatherings[region] = res.json<{ id: number }>().id;
  }

  const partnerFor = (who: Who, scope: Scope) => partners[scope === 'in' ? 'home' : outside[who]];
  const regionFor = (who: Who, scope: Scope) => (scope === 'in' ? '19.05' : outsideRegion[who]);
  return {
    t,
    partners,
    activities,
    gatherings,
    agents,
    usernames,
    partnerFor,
    regionFor,
    gatheringFor: (who, scope) => gatherings[regionFor(who, scope) as GatheringRegion],
    hiddenFrom: (who) =>
      (Object.keys(partners) as PartnerKey[]).filter((k) => !visible[who].includes(k)).map((k) => partnerPlaces[k].token),
    unpublishedHiddenFrom: (who) =>
      (Object.keys(partners) as PartnerKey[]).filter((k) => !visible[who].includes(k)).map((k) => `rahasia-${partnerPlaces[k].token}`),
    freshActivity,
    freshPhoto,
    freshPractice,
    freshPracticePhoto,
    freshProblem,
    freshGathering,
    freshAgent: async (who) => {
      if (who === 'anonymous') return t.anonymous();
      const a = actors[who];
      const { username } = await makeUser(t.db, {
        role: who,
        username: unique(who.replace('_', '')),
        ...(a.regionCode ? { regionCode: a.regionCode } : {}),
        ...(a.partner ? { partnerId: partners[a.partner].id } : {}),
      });
      return t.login(username);
    },
    unique,
  };
}

let jpeg: Promise<Buffer> | null = null;
/** A small real JPEG, made once. */
export function smallJpeg(): Promise<Buffer> {
  jpeg ??= sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 120, b: 30 } } })
    .jpeg()
    .toBuffer();
  return jpeg;
}

/** A well-formed multipart body carrying one photo in the field the API expects. */
export function photoUpload(data: Buffer, field = 'photo'): Pick<InjectOptions, 'payload' | 'headers'> {
  const boundary = `----sim${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="foto.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
