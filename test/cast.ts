import type { Role } from '#domain/roles';
import type { PartnerScheme } from '#domain/taxonomy';
import type { Agent, TestApp } from './app';
import { makePartner, makeUser } from './factories';

/**
 * The people and libraries that recur across the integration tests, named as in the demo
 * province (Kepulauan Bangka Belitung), with a Jakarta admin and library to stand outside it.
 * A file asks only for the part it needs: some tests count what exists (the users of a
 * province, the partners of the nation), so an extra person or library would change them.
 */
export const staff = {
  pusat: { role: 'admin_pusat' },
  babel: { role: 'admin_provinsi', regionCode: '19' },
  jakarta: { role: 'admin_provinsi', regionCode: '31' },
  /** Facilitator of the whole province. */
  runi: { role: 'fasilitator', regionCode: '19' },
  /** Facilitator of Kabupaten Bangka Barat only: Puput is hers, Cendil is not. */
  yulianti: { role: 'fasilitator', regionCode: '19.05' },
  karolina: { role: 'konsultan', regionCode: '19' },
} as const satisfies Record<string, { role: Exclude<Role, 'pengelola'>; regionCode?: string }>;

export const libraries = {
  /** A village library in Parittiga, Bangka Barat. */
  puput: { name: 'Perpusdes Puput', regionCode: '19.05.06.2005', scheme: 'full_support', cohortYear: 2019 },
  /** A village library in Belitung Timur, of another scheme and cohort. */
  cendil: { name: 'Perpusdes Cendil', regionCode: '19.06.04.2003', scheme: 'buku_bermutu', cohortYear: 2021 },
  /** A library in Jakarta, outside the province. */
  gambir: { name: 'Perpustakaan Gambir', regionCode: '31.71.01.1001' },
} as const satisfies Record<string, { name: string; regionCode: string; scheme?: PartnerScheme; cohortYear?: number }>;

/** Library managers (pengelola) and the library each runs; Puput has two, to show a library is shared. */
export const managers = { puput: 'puput', puput2: 'puput', cendil: 'cendil' } as const satisfies Record<string, LibraryName>;

type StaffName = keyof typeof staff;
type LibraryName = keyof typeof libraries;
type ManagerName = keyof typeof managers;

export interface Cast<S extends StaffName, L extends LibraryName, M extends ManagerName> {
  /** A logged-in agent per person, under the person's username. */
  agents: Record<S | M, Agent>;
  /** Their user ids, for factories that act as them (`makeActivity`'s reporter). */
  userIds: Record<S | M, number>;
  /** The libraries asked for and those of the managers asked for. */
  partners: Record<L | (typeof managers)[M], { id: number; regionCode: string }>;
}

/** Creates the asked-for part of the cast through the factories and logs every person in. */
export async function castOf<S extends StaffName = never, L extends LibraryName = never, M extends ManagerName = never>(
  t: TestApp,
  wanted: { staff?: readonly S[]; libraries?: readonly L[]; managers?: readonly M[] },
): Promise<Cast<S, L, M>> {
  const wantedStaff = new Set<StaffName>(wanted.staff);
  const wantedManagers = new Set<ManagerName>(wanted.managers);
  const wantedLibraries = new Set<LibraryName>([...(wanted.libraries ?? []), ...[...wantedManagers].map((m) => managers[m])]);
  // Roster order, not the order asked in, so ids come out alike in every file.
  const rosterOf = <K extends string>(roster: Record<K, unknown>, wanted: Set<K>) =>
    (Object.keys(roster) as K[]).filter((k) => wanted.has(k));

  const partners: Partial<Record<LibraryName, { id: number; regionCode: string }>> = {};
  for (const name of rosterOf(libraries, wantedLibraries)) partners[name] = await makePartner(t.db, libraries[name]);

  const userIds: Partial<Record<StaffName | ManagerName, number>> = {};
  for (const name of rosterOf(staff, wantedStaff)) userIds[name] = (await makeUser(t.db, { ...staff[name], username: name })).id;
  for (const name of rosterOf(managers, wantedManagers)) {
    const partner = partners[managers[name]];
    if (!partner) throw new Error(`no library for manager ${name}`);
    userIds[name] = (await makeUser(t.db, { role: 'pengelola', partnerId: partner.id, username: name })).id;
  }

  const people = Object.keys(userIds) as (S | M)[];
  const agents = await Promise.all(people.map((name) => t.login(name)));
  return {
    agents: Object.fromEntries(people.map((name, i) => [name, agents[i]])) as Record<S | M, Agent>,
    userIds: userIds as Record<S | M, number>,
    partners: partners as Record<L | (typeof managers)[M], { id: number; regionCode: string }>,
  };
}

/** A further library with a logged-in manager of its own, for tests that need many alike. */
export async function libraryWithManager(t: TestApp, partner: Parameters<typeof makePartner>[1]) {
  const created = await makePartner(t.db, partner);
  const manager = await makeUser(t.db, { role: 'pengelola', partnerId: created.id });
  return { partner: created, managerId: manager.id, agent: await t.login(manager.username) };
}
