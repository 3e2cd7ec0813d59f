import type { InjectOptions } from 'fastify';
import { tpbis2024Profile } from '#domain/kpi/tpbis2024';
import type { Role } from '#domain/roles';
import { bodyOf, courseBody } from '#test/courses';
import { makeUser } from '#test/factories';
import { courseWorld } from './courses.world';
import { photoUpload, smallJpeg, type Scope, type Who, type World, type WorldPartner } from './world';

/**
 * The authorization matrix: for every API route, what each role (and a stranger) gets for a
 * request inside its scope and one just outside it. Statuses are written out by hand from
 * DESIGN.md's table of roles, not computed from the permission module they check.
 *
 * A pair is [inside scope, outside scope]; one number means both. Routes whose answer does not
 * depend on a scope (`unscoped`) are asked once per role.
 */
export type Expected = number | readonly [inside: number, outside: number];

/** A request as a case builds it: always a URL string, so suites can take it apart. */
export type CaseRequest = Omit<InjectOptions, 'url' | 'method'> & { method: string; url: string };

export interface CaseContext {
  w: World;
  who: Who;
  scope: Scope;
  /** The asker's own partner (`in`) or one just outside its scope (`out`). */
  partner: WorldPartner;
  /** A region inside every regional actor's scope (`in`), or one outside the asker's (`out`). */
  region: string;
}

export interface AuthorizationCase {
  unscoped?: true;
  /** Ends the session or changes the password: asked by a throwaway user of the same role and scope. */
  ownSession?: true;
  /**
   * The answer is made of published stories, which every signed-in user in the country reads: it
   * may name libraries outside the asker's scope, never an unpublished story of theirs.
   */
  publicStories?: true;
  /** Builds the request, creating whatever fresh rows it acts on (before the "nothing changed" snapshot). */
  request(c: CaseContext): CaseRequest | Promise<CaseRequest>;
  expect: Record<Who, Expected>;
}

const strongPassword = 'Kopi-Tubruk-Bangka-2024';
const period = 'from=2024-01-01&to=2024-12-31';
const get = (url: string): CaseRequest => ({ method: 'GET', url });
const post = (url: string, payload: object = {}): CaseRequest => ({ method: 'POST', url, payload });
const patch = (url: string, payload: object): CaseRequest => ({ method: 'PATCH', url, payload });
const del = (url: string): CaseRequest => ({ method: 'DELETE', url });

/** Anyone, logged in or not. */
const open = (status: number): Record<Who, Expected> => ({
  admin_pusat: status,
  admin_provinsi: status,
  fasilitator: status,
  konsultan: status,
  pengelola: status,
  anonymous: status,
});
/** Only the listed roles hold the route's action; the others get 403, a stranger 401. */
const grantedTo = (granted: Partial<Record<Role, Expected>>): Record<Who, Expected> => ({
  admin_pusat: granted.admin_pusat ?? 403,
  admin_provinsi: granted.admin_provinsi ?? 403,
  fasilitator: granted.fasilitator ?? 403,
  konsultan: granted.konsultan ?? 403,
  pengelola: granted.pengelola ?? 403,
  anonymous: 401,
});

export const authorizationCases: Record<string, AuthorizationCase> = {
  'GET /api/health': { unscoped: true, request: () => get('/api/health'), expect: open(200) },
  'GET /api/about': { unscoped: true, request: () => get('/api/about'), expect: open(200) },
  // The API's own documentation is public: it describes the routes, it opens none of them.
  'GET /api/openapi.json': { unscoped: true, request: () => get('/api/openapi.json'), expect: open(200) },
  'GET /api/docs/': { unscoped: true, request: () => get('/api/docs/'), expect: open(200) },
  'HEAD /api/docs': { unscoped: true, request: () => ({ method: 'HEAD', url: '/api/docs' }), expect: open(200) },
  'GET /api/docs/json': { unscoped: true, request: () => get('/api/docs/json'), expect: open(200) },
  'GET /api/docs/yaml': { unscoped: true, request: () => get('/api/docs/yaml'), expect: open(200) },
  'GET /api/docs/static/*': { unscoped: true, request: () => get('/api/docs/static/swagger-ui.css'), expect: open(200) },
  'GET /api/docs/static/index.html': { unscoped: true, request: () => get('/api/docs/static/index.html'), expect: open(302) },
  'GET /api/docs/static/swagger-initializer.js': {
    unscoped: true,
    request: () => get('/api/docs/static/swagger-initializer.js'),
    expect: open(200),
  },

  // Sessions
  'POST /api/auth/login': {
    unscoped: true,
    request: ({ w, who }) =>
      post('/api/auth/login', { username: who === 'anonymous' ? w.usernames.admin_pusat : w.usernames[who], password: 'test-password-1' }),
    expect: open(200),
  },
  'POST /api/auth/logout': {
    unscoped: true,
    ownSession: true,
    request: () => post('/api/auth/logout'),
    expect: { ...grantedTo({}), admin_pusat: 204, admin_provinsi: 204, fasilitator: 204, konsultan: 204, pengelola: 204 },
  },
  'GET /api/auth/me': {
    unscoped: true,
    request: () => get('/api/auth/me'),
    expect: { ...grantedTo({}), admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 },
  },
  'POST /api/auth/password': {
    unscoped: true,
    ownSession: true,
    request: () => post('/api/auth/password', { currentPassword: 'test-password-1', newPassword: strongPassword }),
    expect: { ...grantedTo({}), admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 },
  },

  // API tokens: everyone logged in keeps their own; another user's token is as if it did not exist.
  'POST /api/tokens': {
    unscoped: true,
    request: ({ w }) => post('/api/tokens', { name: w.unique('Integrasi') }),
    expect: { ...grantedTo({}), admin_pusat: 201, admin_provinsi: 201, fasilitator: 201, konsultan: 201, pengelola: 201 },
  },
  'GET /api/tokens': {
    unscoped: true,
    request: () => get('/api/tokens'),
    expect: { ...grantedTo({}), admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 },
  },
  'DELETE /api/tokens/:id': {
    // Inside: a token of the asker's own; outside: someone else's.
    request: async ({ w, who, scope }) => {
      const owner = scope === 'in' && who !== 'anonymous' ? who : who === 'admin_pusat' ? 'admin_provinsi' : 'admin_pusat';
      const res = await w.agents[owner].post('/api/tokens', { name: w.unique('Dicabut') });
      return del(`/api/tokens/${res.json<{ id: number }>().id}`);
    },
    expect: grantedTo({
      admin_pusat: [204, 404],
      admin_provinsi: [204, 404],
      fasilitator: [204, 404],
      konsultan: [204, 404],
      pengelola: [204, 404],
    }),
  },
  // One's own account: e-mail address, mail switch, language.
  'PATCH /api/auth/me': {
    unscoped: true,
    request: () => patch('/api/auth/me', { language: 'id', emailNotifications: true }),
    expect: { ...grantedTo({}), admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 },
  },

  // Regions are the country's official list: every logged-in user reads all of them.
  'GET /api/regions': {
    request: ({ region }) => get(`/api/regions?parent=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'GET /api/regions/:code': {
    request: ({ region }) => get(`/api/regions/${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },

  // Users
  'POST /api/users': {
    request: ({ w, partner }) =>
      post('/api/users', { username: w.unique('baru'), password: strongPassword, role: 'pengelola', partnerId: partner.id }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 403] }),
  },
  'GET /api/users': {
    request: ({ scope, region }) => get(scope === 'in' ? '/api/users' : `/api/users?region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },

  // One user, managed by the admins in its scope (a fresh one each time: a reset ends its sessions).
  'GET /api/users/:id': {
    request: ({ partner }) => get(`/api/users/${partner.managerId}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404], konsultan: [200, 404] }),
  },
  'PATCH /api/users/:id': {
    request: async ({ w, partner }) => {
      const user = await makeUser(w.t.db, { role: 'pengelola', partnerId: partner.id, username: w.unique(`mgr-${partner.token}`) });
      return patch(`/api/users/${user.id}`, { displayName: 'Pengelola Baru', phone: '0812 3456 7890' });
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  'POST /api/users/:id/password-reset': {
    request: async ({ w, partner }) => {
      const user = await makeUser(w.t.db, { role: 'pengelola', partnerId: partner.id, username: w.unique(`mgr-${partner.token}`) });
      return post(`/api/users/${user.id}/password-reset`);
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },

  // Partners
  'GET /api/partners': {
    // A pengelola's list is its own library whatever region it names, so outside its scope it is merely empty.
    request: ({ scope, region }) => get(scope === 'in' ? '/api/partners' : `/api/partners?region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403], pengelola: 200 }),
  },
  'GET /api/partners/export': {
    // The list's scope and answers: a pengelola's file is its own library whatever region it names. CSV, so the leak check can read it.
    request: ({ scope, region }) =>
      get(scope === 'in' ? '/api/partners/export?format=csv' : `/api/partners/export?format=csv&region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403], pengelola: 200 }),
  },
  'POST /api/partners': {
    request: ({ w, partner }) =>
      post('/api/partners', {
        name: w.unique('Perpustakaan Baru'),
        type: 'desa',
        scheme: 'buku_bermutu',
        regionCode: partner.regionCode,
        cohortYear: 2023,
      }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 403] }),
  },
  'GET /api/partners/:id': {
    request: ({ partner }) => get(`/api/partners/${partner.id}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'PATCH /api/partners/:id': {
    request: ({ w, partner }) => patch(`/api/partners/${partner.id}`, { address: `Jalan ${w.unique('Uji')}` }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },

  // Activities: reading
  'GET /api/activity-subtypes': {
    unscoped: true,
    request: () => get('/api/activity-subtypes'),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'GET /api/activities': {
    request: ({ scope, partner }) => get(scope === 'in' ? '/api/activities' : `/api/activities?partner=${partner.id}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'GET /api/activities/export': {
    request: ({ scope, partner }) =>
      get(scope === 'in' ? '/api/activities/export?format=csv' : `/api/activities/export?format=csv&partner=${partner.id}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'GET /api/activities/review-queue': {
    request: ({ scope, region }) => get(scope === 'in' ? '/api/activities/review-queue' : `/api/activities/review-queue?region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403] }),
  },
  'GET /api/activities/returned': {
    unscoped: true,
    request: () => get('/api/activities/returned'),
    expect: grantedTo({ admin_pusat: 200, pengelola: 200 }),
  },
  'GET /api/activities/:id': {
    request: ({ w, partner }) => get(`/api/activities/${w.activities[partner.key].id}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },

  // Activities: reporting
  'POST /api/activities': {
    request: ({ w, partner }) =>
      post('/api/activities', {
        partnerId: partner.id,
        strategy: 'pelibatan_masyarakat',
        title: w.unique('Kelas membaca'),
        date: '2024-09-20',
        participantsMale: 4,
        participantsFemale: 9,
      }),
    expect: grantedTo({ admin_pusat: 201, pengelola: [201, 403] }),
  },
  'PATCH /api/activities/:id': {
    request: async ({ w, partner }) => patch(`/api/activities/${await w.freshActivity(partner, 'draft')}`, { participantsFemale: 11 }),
    expect: grantedTo({ admin_pusat: 200, pengelola: [200, 404] }),
  },
  'DELETE /api/activities/:id': {
    request: async ({ w, partner }) => del(`/api/activities/${await w.freshActivity(partner, 'draft')}`),
    expect: grantedTo({ admin_pusat: 204, pengelola: [204, 404] }),
  },
  'POST /api/activities/:id/submit': {
    request: async ({ w, partner }) => post(`/api/activities/${await w.freshActivity(partner, 'draft')}/submit`),
    expect: grantedTo({ admin_pusat: 200, pengelola: [200, 404] }),
  },
  'POST /api/activities/:id/photos': {
    request: async ({ w, partner }) => ({
      method: 'POST',
      url: `/api/activities/${await w.freshActivity(partner, 'draft')}/photos`,
      ...photoUpload(await smallJpeg()),
    }),
    expect: grantedTo({ admin_pusat: 201, pengelola: [201, 404] }),
  },
  'GET /api/activities/:id/photos/:photoId': {
    request: ({ w, partner }) => get(`/api/activities/${w.activities[partner.key].id}/photos/${w.activities[partner.key].photoId}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'DELETE /api/activities/:id/photos/:photoId': {
    request: async ({ w, partner }) => {
      const { activityId, photoId } = await w.freshPhoto(partner);
      return del(`/api/activities/${activityId}/photos/${photoId}`);
    },
    expect: grantedTo({ admin_pusat: 204, pengelola: [204, 404] }),
  },

  // Activities: the review loop
  'POST /api/activities/:id/verify': {
    request: async ({ w, partner }) => post(`/api/activities/${await w.freshActivity(partner, 'submitted')}/verify`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404] }),
  },
  'POST /api/activities/:id/return': {
    request: async ({ w, partner }) =>
      post(`/api/activities/${await w.freshActivity(partner, 'submitted')}/return`, { comment: 'Mohon lengkapi foto.' }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404] }),
  },
  'POST /api/activities/:id/reopen': {
    request: async ({ w, partner }) =>
      post(`/api/activities/${await w.freshActivity(partner, 'verified')}/reopen`, { reason: 'Tanggal salah.' }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  'POST /api/activities/:id/comments': {
    request: ({ w, partner }) => post(`/api/activities/${w.activities[partner.key].id}/comments`, { text: 'Bagus sekali.' }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 404], fasilitator: [201, 404], konsultan: [201, 404] }),
  },
  'POST /api/activities/bulk-verify': {
    request: async ({ w, partner }) => post('/api/activities/bulk-verify', { ids: [await w.freshActivity(partner, 'submitted')] }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404] }),
  },

  // KPI and dashboards; a pengelola reads only its own rapor.
  'GET /api/kpi/partners': {
    request: ({ scope, region }) => get(scope === 'in' ? `/api/kpi/partners?${period}` : `/api/kpi/partners?region=${region}&${period}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403], pengelola: 200 }),
  },
  'GET /api/kpi/partners/export': {
    request: ({ scope, region }) =>
      get(
        scope === 'in' ? `/api/kpi/partners/export?format=csv&${period}` : `/api/kpi/partners/export?format=csv&region=${region}&${period}`,
      ),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403], pengelola: 200 }),
  },
  'GET /api/kpi/partners/:id': {
    request: ({ partner }) => get(`/api/kpi/partners/${partner.id}?${period}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'GET /api/kpi/partners/:id/rapor.pdf': {
    request: ({ partner }) => get(`/api/kpi/partners/${partner.id}/rapor.pdf?${period}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'GET /api/dashboard': {
    request: ({ scope, region }) => get(scope === 'in' ? `/api/dashboard?${period}` : `/api/dashboard?region=${region}&${period}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  'GET /api/dashboard/trends': {
    request: ({ scope, region }) =>
      get(scope === 'in' ? `/api/dashboard/trends?${period}` : `/api/dashboard/trends?region=${region}&${period}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  'GET /api/dashboard/children': {
    request: ({ scope, region }) =>
      get(scope === 'in' ? `/api/dashboard/children?${period}` : `/api/dashboard/children?region=${region}&${period}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  'GET /api/dashboard/export': {
    request: ({ scope, region }) =>
      get(scope === 'in' ? `/api/dashboard/export?format=csv&${period}` : `/api/dashboard/export?format=csv&region=${region}&${period}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  // A manager's extent is its own partner's, whatever region it names.
  'GET /api/dashboard/extent': {
    request: ({ scope, region }) => get(scope === 'in' ? '/api/dashboard/extent' : `/api/dashboard/extent?region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403], pengelola: 200 }),
  },
  // ---- completeness ----
  // A regional report like the dashboard: staff in scope; a manager has its own rapor.
  'GET /api/completeness': {
    request: ({ scope, region }) =>
      get(scope === 'in' ? '/api/completeness?month=2024-06' : `/api/completeness?region=${region}&month=2024-06`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  'GET /api/completeness/export': {
    request: ({ scope, region }) =>
      get(
        scope === 'in'
          ? '/api/completeness/export?format=csv&month=2024-06&rows=silent'
          : `/api/completeness/export?format=csv&region=${region}&month=2024-06&rows=silent`,
      ),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  // Reminders reach libraries in the sender's scope; one outside is refused as unknown, naming it (400).
  'POST /api/reminders': {
    request: ({ partner }) => post('/api/reminders', { partnerIds: [partner.id], message: 'Mohon laporan bulan ini diinput.' }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 400], fasilitator: [200, 400] }),
  },
  'GET /api/completeness/trend': {
    request: ({ scope, region }) =>
      get(
        scope === 'in'
          ? '/api/completeness/trend?from=2024-01&to=2024-12'
          : `/api/completeness/trend?region=${region}&from=2024-01&to=2024-12`,
      ),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  // ---- end completeness ----
  'GET /api/kpi/profiles': {
    unscoped: true,
    request: () => get('/api/kpi/profiles'),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'POST /api/kpi/profiles': {
    unscoped: true,
    request: () => post('/api/kpi/profiles', { definition: tpbis2024Profile, effectiveFrom: '2099-01-01', note: 'uji matriks' }),
    expect: grantedTo({ admin_pusat: 201 }),
  },
  'POST /api/kpi/profiles/preview': {
    unscoped: true,
    request: () =>
      post('/api/kpi/profiles/preview', {
        definition: tpbis2024Profile,
        effectiveFrom: '2024-01-01',
        from: '2024-01-01',
        to: '2024-12-31',
      }),
    expect: grantedTo({ admin_pusat: 200 }),
  },

  // Stories: published ones are the whole country's; drafts stay in their circle (the library's
  // managers and the reviewers in scope; a konsultan is neither).
  'GET /api/practices': {
    publicStories: true,
    request: ({ scope, region }) => get(scope === 'in' ? '/api/practices' : `/api/practices?region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'GET /api/practices/export': {
    publicStories: true,
    request: ({ scope, region }) =>
      get(scope === 'in' ? '/api/practices/export?format=csv' : `/api/practices/export?format=csv&region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'GET /api/practices/booklet.pdf': {
    publicStories: true,
    request: ({ scope, region }) => get(scope === 'in' ? '/api/practices/booklet.pdf' : `/api/practices/booklet.pdf?region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'POST /api/practices': {
    request: ({ w, partner }) =>
      post('/api/practices', {
        partnerId: partner.id,
        title: w.unique('Kisah baru'),
        summary: 'Ringkasan kisah baru untuk uji.',
        story: 'Warga desa belajar menjahit bersama di perpustakaan setiap Sabtu pagi.',
      }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 403], pengelola: [201, 403] }),
  },
  'GET /api/practices/:id': {
    request: async ({ w, partner }) => get(`/api/practices/${await w.freshPractice(partner, 'draft')}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404], konsultan: 404, pengelola: [200, 404] }),
  },
  'PATCH /api/practices/:id': {
    request: async ({ w, partner }) =>
      patch(`/api/practices/${await w.freshPractice(partner, 'draft')}`, { summary: 'Ringkasan yang diperbaiki penulisnya.' }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], pengelola: [200, 404] }),
  },
  'DELETE /api/practices/:id': {
    request: async ({ w, partner }) => del(`/api/practices/${await w.freshPractice(partner, 'draft')}`),
    expect: grantedTo({ admin_pusat: 204, admin_provinsi: [204, 404], pengelola: [204, 404] }),
  },
  'POST /api/practices/:id/submit': {
    request: async ({ w, partner }) => post(`/api/practices/${await w.freshPractice(partner, 'draft')}/submit`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], pengelola: [200, 404] }),
  },
  'POST /api/practices/:id/photos': {
    request: async ({ w, partner }) => ({
      method: 'POST',
      url: `/api/practices/${await w.freshPractice(partner, 'draft')}/photos`,
      ...photoUpload(await smallJpeg(), 'file'),
    }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 404], pengelola: [201, 404] }),
  },
  'GET /api/practices/:id/photos/:photoId': {
    request: async ({ w, partner }) => {
      const { practiceId, photoId } = await w.freshPracticePhoto(partner);
      return get(`/api/practices/${practiceId}/photos/${photoId}`);
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404], konsultan: 404, pengelola: [200, 404] }),
  },
  'DELETE /api/practices/:id/photos/:photoId': {
    request: async ({ w, partner }) => {
      const { practiceId, photoId } = await w.freshPracticePhoto(partner);
      return del(`/api/practices/${practiceId}/photos/${photoId}`);
    },
    expect: grantedTo({ admin_pusat: 204, admin_provinsi: [204, 404], pengelola: [204, 404] }),
  },
  'POST /api/practices/:id/publish': {
    request: async ({ w, partner }) => post(`/api/practices/${await w.freshPractice(partner, 'submitted')}/publish`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404] }),
  },
  'POST /api/practices/:id/return': {
    request: async ({ w, partner }) =>
      post(`/api/practices/${await w.freshPractice(partner, 'submitted')}/return`, { comment: 'Mohon tambahkan foto kegiatan.' }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404] }),
  },
  // A published story is read everywhere but featured, and discussed, only in its own region.
  'POST /api/practices/:id/feature': {
    publicStories: true,
    request: async ({ w, partner }) => post(`/api/practices/${await w.freshPractice(partner, 'published')}/feature`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403] }),
  },
  'POST /api/practices/:id/unfeature': {
    publicStories: true,
    request: async ({ w, partner }) => post(`/api/practices/${await w.freshPractice(partner, 'published', { featured: true })}/unfeature`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403] }),
  },
  'POST /api/practices/:id/comments': {
    publicStories: true,
    request: async ({ w, partner }) =>
      post(`/api/practices/${await w.freshPractice(partner, 'published')}/comments`, { text: 'Kisah yang menginspirasi.' }),
    expect: grantedTo({
      admin_pusat: 201,
      admin_provinsi: [201, 403],
      fasilitator: [201, 403],
      konsultan: [201, 403],
      pengelola: [201, 403],
    }),
  },

  // Problems: seen and discussed in scope; worked on by the library and the staff who coach it.
  // A manager's lists are its own library's whatever region it names, as with partners.
  'GET /api/problems': {
    request: ({ scope, region }) => get(scope === 'in' ? '/api/problems' : `/api/problems?region=${region}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 403],
      fasilitator: [200, 403],
      konsultan: [200, 403],
      pengelola: 200,
    }),
  },
  'GET /api/problems/export': {
    request: ({ scope, region }) =>
      get(scope === 'in' ? '/api/problems/export?format=csv' : `/api/problems/export?format=csv&region=${region}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 403],
      fasilitator: [200, 403],
      konsultan: [200, 403],
      pengelola: 200,
    }),
  },
  'GET /api/problems/summary': {
    request: ({ scope, region }) => get(scope === 'in' ? '/api/problems/summary' : `/api/problems/summary?region=${region}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 403],
      fasilitator: [200, 403],
      konsultan: [200, 403],
      pengelola: 200,
    }),
  },
  'POST /api/problems': {
    request: ({ w, partner }) =>
      post('/api/problems', {
        partnerId: partner.id,
        title: w.unique('Kendala baru'),
        category: 'sarana_tik',
        description: 'Komputer perpustakaan rusak sejak Agustus.',
      }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 403], fasilitator: [201, 403], pengelola: [201, 403] }),
  },
  'GET /api/problems/:id': {
    request: async ({ w, partner }) => get(`/api/problems/${(await w.freshProblem(partner)).problemId}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'PATCH /api/problems/:id': {
    request: async ({ w, partner }) =>
      patch(`/api/problems/${(await w.freshProblem(partner)).problemId}`, { description: 'Koleksi buku anak tinggal 40 judul.' }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404], pengelola: [200, 404] }),
  },
  'POST /api/problems/:id/comments': {
    request: async ({ w, partner }) =>
      post(`/api/problems/${(await w.freshProblem(partner)).problemId}/comments`, { text: 'Sudah kami catat.' }),
    expect: grantedTo({
      admin_pusat: 201,
      admin_provinsi: [201, 404],
      fasilitator: [201, 404],
      konsultan: [201, 404],
      pengelola: [201, 404],
    }),
  },
  'POST /api/problems/:id/status': {
    request: async ({ w, partner }) => post(`/api/problems/${(await w.freshProblem(partner)).problemId}/status`, { status: 'ditangani' }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404], pengelola: [200, 404] }),
  },
  'POST /api/problems/:id/actions': {
    request: async ({ w, partner }) =>
      post(`/api/problems/${(await w.freshProblem(partner)).problemId}/actions`, {
        what: 'Kunjungi dinas perpustakaan kabupaten',
        owner: 'Pelatih Ahli',
        dueDate: '2026-12-20',
      }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 404], fasilitator: [201, 404], pengelola: [201, 404] }),
  },
  'PATCH /api/problems/:id/actions/:actionId': {
    request: async ({ w, partner }) => {
      const { problemId, actionId } = await w.freshProblem(partner);
      return patch(`/api/problems/${problemId}/actions/${actionId}`, { done: true });
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404], fasilitator: [200, 404], pengelola: [200, 404] }),
  },

  // Gatherings: seen inside their region and by those whose region they cover.
  'GET /api/gatherings': {
    request: ({ scope, region }) => get(scope === 'in' ? '/api/gatherings' : `/api/gatherings?region=${region}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 403],
      fasilitator: [200, 403],
      konsultan: [200, 403],
      pengelola: [200, 403],
    }),
  },
  'GET /api/gatherings/:id': {
    request: ({ w, who, scope }) => get(`/api/gatherings/${w.gatheringFor(who, scope)}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'GET /api/gatherings/:id/attendance/export': {
    request: ({ w, who, scope }) => get(`/api/gatherings/${w.gatheringFor(who, scope)}/attendance/export?format=csv`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  // The pack: whoever may read the gathering may download it; to anyone else there is no such gathering.
  'GET /api/gatherings/:id/pack.pdf': {
    request: ({ w, who, scope }) => get(`/api/gatherings/${w.gatheringFor(who, scope)}/pack.pdf?${period}`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'POST /api/gatherings': {
    request: ({ w, region }) =>
      post('/api/gatherings', { title: w.unique('Temu baru'), date: '2024-09-28', mode: 'online', regionCode: region }),
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 403] }),
  },
  'POST /api/gatherings/:id/attendance': {
    request: ({ w, who, scope, partner }) => post(`/api/gatherings/${w.gatheringFor(who, scope)}/attendance`, { partnerIds: [partner.id] }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  // Gatherings are run by the admins whose scope holds their region; everyone who sees one reads its attendance.
  'PATCH /api/gatherings/:id': {
    request: async ({ w, region }) =>
      patch(`/api/gatherings/${(await w.freshGathering(region)).gatheringId}`, { title: w.unique('Temu diubah') }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  'PUT /api/gatherings/:id/agenda/:itemId/minutes': {
    request: async ({ w, region }) => {
      const { gatheringId, itemId } = await w.freshGathering(region);
      return { method: 'PUT', url: `/api/gatherings/${gatheringId}/agenda/${itemId}/minutes`, payload: { minutes: 'Notulen disepakati.' } };
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  'POST /api/gatherings/:id/agenda/:itemId/actions': {
    request: async ({ w, region }) => {
      const { gatheringId, itemId } = await w.freshGathering(region);
      return post(`/api/gatherings/${gatheringId}/agenda/${itemId}/actions`, {
        what: 'Susun jadwal kunjungan',
        owner: 'Fasilitator',
        dueDate: '2026-11-30',
      });
    },
    expect: grantedTo({ admin_pusat: 201, admin_provinsi: [201, 404] }),
  },
  'PATCH /api/gatherings/:id/agenda/:itemId/actions/:actionId': {
    request: async ({ w, region }) => {
      const { gatheringId, itemId, actionId } = await w.freshGathering(region);
      return patch(`/api/gatherings/${gatheringId}/agenda/${itemId}/actions/${actionId}`, { done: true });
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  'DELETE /api/gatherings/:id/attendance/:partnerId': {
    request: async ({ w, region, partner }) =>
      del(`/api/gatherings/${(await w.freshGathering(region, partner)).gatheringId}/attendance/${partner.id}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  'POST /api/gatherings/:id/attendance/import': {
    request: async ({ w, region, partner }) =>
      post(`/api/gatherings/${(await w.freshGathering(region)).gatheringId}/attendance/import`, {
        text: `nama perpustakaan\n${partner.name}\n`,
      }),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 404] }),
  },
  'GET /api/gatherings/:id/attendance.csv': {
    request: ({ w, who, scope }) => get(`/api/gatherings/${w.gatheringFor(who, scope)}/attendance.csv`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  'GET /api/gatherings/:id/attendance.pdf': {
    request: ({ w, who, scope }) => get(`/api/gatherings/${w.gatheringFor(who, scope)}/attendance.pdf`),
    expect: grantedTo({
      admin_pusat: 200,
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },
  // Elis (courses): every signed-in user learns in published courses; only the national office
  // writes them; provincial admins, facilitators and konsultan follow the learners of their region.
  'GET /api/courses': {
    unscoped: true,
    request: () => get('/api/courses'),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'POST /api/courses': {
    unscoped: true,
    request: ({ w }) => post('/api/courses', courseBody({ title: w.unique('Kursus baru') })),
    expect: grantedTo({ admin_pusat: 201 }),
  },
  'GET /api/courses/progress': {
    request: ({ scope, region }) => get(scope === 'in' ? '/api/courses/progress' : `/api/courses/progress?region=${region}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  'GET /api/courses/:id': {
    unscoped: true,
    request: async ({ w }) => get(`/api/courses/${(await courseWorld(w)).course.id}`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'GET /api/courses/:id/authoring': {
    unscoped: true,
    request: async ({ w }) => get(`/api/courses/${(await courseWorld(w)).course.id}/authoring`),
    expect: grantedTo({ admin_pusat: 200 }),
  },
  'PUT /api/courses/:id': {
    unscoped: true,
    request: async ({ w }) => {
      const course = await (await courseWorld(w)).freshCourse(false);
      return { method: 'PUT', url: `/api/courses/${course.id}`, payload: { ...bodyOf(course), title: w.unique('Kursus diubah') } };
    },
    expect: grantedTo({ admin_pusat: 200 }),
  },
  'DELETE /api/courses/:id': {
    unscoped: true,
    request: async ({ w }) => del(`/api/courses/${(await (await courseWorld(w)).freshCourse(false)).id}`),
    expect: grantedTo({ admin_pusat: 204 }),
  },
  'POST /api/courses/:id/publish': {
    unscoped: true,
    request: async ({ w }) => post(`/api/courses/${(await (await courseWorld(w)).freshCourse(false)).id}/publish`),
    expect: grantedTo({ admin_pusat: 200 }),
  },
  'POST /api/courses/:id/unpublish': {
    unscoped: true,
    request: async ({ w }) => post(`/api/courses/${(await (await courseWorld(w)).freshCourse(true)).id}/unpublish`),
    expect: grantedTo({ admin_pusat: 200 }),
  },
  'POST /api/courses/:id/images': {
    unscoped: true,
    request: async ({ w }) => ({
      method: 'POST',
      url: `/api/courses/${(await (await courseWorld(w)).freshCourse(false)).id}/images`,
      ...photoUpload(await smallJpeg(), 'file'),
    }),
    expect: grantedTo({ admin_pusat: 201 }),
  },
  'GET /api/courses/:id/images/:photoId': {
    unscoped: true,
    request: async ({ w }) => {
      const c = await courseWorld(w);
      return get(`/api/courses/${c.course.id}/images/${c.imageId}`);
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'DELETE /api/courses/:id/images/:photoId': {
    unscoped: true,
    request: async ({ w }) => {
      const { courseId, imageId } = await (await courseWorld(w)).freshImage();
      return del(`/api/courses/${courseId}/images/${imageId}`);
    },
    expect: grantedTo({ admin_pusat: 204 }),
  },
  'POST /api/courses/:id/enrol': {
    unscoped: true,
    request: async ({ w }) => post(`/api/courses/${(await courseWorld(w)).course.id}/enrol`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'GET /api/courses/:id/lessons/:lessonId': {
    unscoped: true,
    request: async ({ w }) => {
      const { course } = await courseWorld(w);
      return get(`/api/courses/${course.id}/lessons/${course.modules[0]?.lessons[0]?.id}`);
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'POST /api/courses/:id/lessons/:lessonId/complete': {
    unscoped: true,
    request: async ({ w }) => {
      const { course } = await courseWorld(w);
      return post(`/api/courses/${course.id}/lessons/${course.modules[0]?.lessons[1]?.id}/complete`);
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'POST /api/courses/:id/modules/:moduleId/quiz': {
    unscoped: true,
    request: async ({ w }) => {
      const c = await courseWorld(w);
      return post(`/api/courses/${c.course.id}/modules/${c.course.modules[0]?.id}/quiz`, c.quizAnswers());
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  // Learners stand where their library is (or, for staff, where their scope is): each role sees those of its region.
  'GET /api/courses/:id/progress': {
    request: async ({ w, scope, region }) => {
      const { course } = await courseWorld(w);
      return get(scope === 'in' ? `/api/courses/${course.id}/progress` : `/api/courses/${course.id}/progress?region=${region}`);
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  'GET /api/courses/:id/progress/export': {
    request: async ({ w, scope, region }) => {
      const { course } = await courseWorld(w);
      return get(
        scope === 'in'
          ? `/api/courses/${course.id}/progress/export?format=csv`
          : `/api/courses/${course.id}/progress/export?format=csv&region=${region}`,
      );
    },
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 403], fasilitator: [200, 403], konsultan: [200, 403] }),
  },
  // Each main actor has finished the world's course, so each downloads its own certificate.
  'GET /api/courses/:id/certificate.pdf': {
    unscoped: true,
    request: async ({ w }) => get(`/api/courses/${(await courseWorld(w)).course.id}/certificate.pdf`),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  // Anyone with a certificate's code may check it, signed in or not.
  'GET /api/certificates/:code': {
    unscoped: true,
    request: async ({ w }) => get(`/api/certificates/${(await courseWorld(w)).publicCode}`),
    expect: open(200),
  },

  // Notifications: everyone's own, read and marked by no one else. Outside "scope" here means
  // another person's: the manager of the library just outside the asker's scope.
  'GET /api/notifications': {
    unscoped: true,
    request: () => get('/api/notifications'),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'GET /api/notifications/unread': {
    unscoped: true,
    request: () => get('/api/notifications/unread'),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, fasilitator: 200, konsultan: 200, pengelola: 200 }),
  },
  'POST /api/notifications/read': {
    request: async ({ w, scope, partner }) => {
      if (scope === 'in') return post('/api/notifications/read', { all: true });
      await w.t.app.notifier.notify(w.t.db, [partner.managerId], { kind: 'reminder', message: `Pengingat untuk ${partner.token}.` });
      const { id } = await w.t.db
        .selectFrom('notifications')
        .select('id')
        .where('user_id', '=', partner.managerId)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      return post('/api/notifications/read', { ids: [id] });
    },
    expect: grantedTo({
      admin_pusat: [200, 404],
      admin_provinsi: [200, 404],
      fasilitator: [200, 404],
      konsultan: [200, 404],
      pengelola: [200, 404],
    }),
  },

  // Imports: creating in bulk, so the right to create; a row outside the scope is a 400 naming its column.
  'GET /api/imports/partners/template.xlsx': {
    unscoped: true,
    request: () => get('/api/imports/partners/template.xlsx'),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200 }),
  },
  'GET /api/imports/activities/template.xlsx': {
    unscoped: true,
    request: () => get('/api/imports/activities/template.xlsx'),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: 200, pengelola: 200 }),
  },
  'POST /api/imports/partners': {
    request: ({ w, partner }) =>
      importUpload(
        'partners',
        `ref,name,type,scheme,regionCode,cohortYear\n${w.unique('M')},${w.unique('Perpustakaan Impor')},desa,buku_bermutu,${partner.regionCode},2023\n`,
      ),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 400] }),
  },
  'POST /api/imports/activities': {
    request: ({ w, partner }) =>
      importUpload(
        'activities',
        `ref,partnerId,strategy,title,date,participantsMale,participantsFemale\n${w.unique('K')},${partner.id},pelibatan_masyarakat,${w.unique('Kelas impor')},2024-09-20,4,9\n`,
      ),
    expect: grantedTo({ admin_pusat: 200, admin_provinsi: [200, 400], pengelola: [200, 400] }),
  },
};

/** A CSV of one row, sent as the import routes take it. */
function importUpload(kind: 'partners' | 'activities', text: string): CaseRequest {
  return { method: 'POST', url: `/api/imports/${kind}`, ...photoUpload(Buffer.from(text), 'file') };
}

export const expectedStatus = (expected: Expected, scope: Scope) =>
  typeof expected === 'number' ? expected : expected[scope === 'in' ? 0 : 1];
