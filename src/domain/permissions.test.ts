import { describe, expect, it } from 'vitest';
import {
  actions,
  can,
  inScope,
  regionInScope,
  scopeOfUser,
  userCreationRefusal,
  userManagementRefusal,
  type Actor,
  type ManagedUser,
} from './permissions';
import { roles, type Role } from './roles';

function actor(role: Role, scope: { regionCode?: string; partnerId?: number } = {}): Actor {
  const fitting = scopeOfUser({ role, ...scope });
  if (!fitting) throw new Error(`a ${role} needs another scope`);
  return { id: 1, ...fitting };
}
const pusat = actor('admin_pusat');
const babel = actor('admin_provinsi', { regionCode: '19' });
const fasilBangkaBarat = actor('fasilitator', { regionCode: '19.05' });
const konsultan = actor('konsultan', { regionCode: '19' });
const puput = actor('pengelola', { partnerId: 7 });

describe('role grants', () => {
  // Kendala: a konsultan reads and comments; a manager also raises and follows up; staff also close and reopen.
  const problemReader = ['problems.read', 'problems.comment'];
  const problemWorker = [...problemReader, 'problems.raise', 'problems.work'];
  const problemDecider = [...problemWorker, 'problems.decide'];
  // Elis: everyone learns; staff in a region follow its learners; only the national office writes courses.
  const learner = ['courses.learn'];
  const learningOverseer = [...learner, 'courses.progress'];
  // The table a newcomer reads to know who may do what; every role and every action appears.
  const expected: Record<Role, string[]> = {
    admin_pusat: [...actions],
    admin_provinsi: [
      'regions.read',
      'users.read',
      'users.create',
      'users.manage',
      'partners.read',
      'partners.write',
      'activities.read',
      'activities.import',
      'activities.review',
      'activities.reopen',
      'activities.comment',
      'kpi.read',
      'gatherings.read',
      'gatherings.write',
      'practices.read',
      'practices.write',
      'practices.review',
      'practices.feature',
      'practices.comment',
      ...problemDecider,
      ...learningOverseer,
      // Staff who coach libraries remind the silent ones (a konsultan only reads).
      'reminders.send',
    ],
    fasilitator: [
      'regions.read',
      'users.read',
      'partners.read',
      'activities.read',
      'activities.review',
      'activities.comment',
      'kpi.read',
      'gatherings.read',
      'practices.read',
      'practices.review',
      'practices.comment',
      ...problemDecider,
      ...learningOverseer,
      // Staff who coach libraries remind the silent ones (a konsultan only reads).
      'reminders.send',
    ],
    konsultan: [
      'regions.read',
      'users.read',
      'partners.read',
      'activities.read',
      'activities.comment',
      'kpi.read',
      'gatherings.read',
      'practices.read',
      'practices.comment',
      ...problemReader,
      ...learningOverseer,
    ],
    pengelola: [
      'regions.read',
      'partners.read',
      'activities.read',
      'activities.report',
      'activities.import',
      'kpi.read',
      'gatherings.read',
      'practices.read',
      'practices.write',
      'practices.comment',
      ...problemWorker,
      ...learner,
    ],
  };
  for (const role of roles) {
    it(`${role} may do exactly its actions`, () => {
      const granted = actions.filter((a) => can({ role }, a));
      expect([...granted].sort()).toEqual([...expected[role]].sort());
    });
  }

  it('only the national office edits KPI profiles', () => {
    expect(roles.filter((r) => can({ role: r }, 'kpiProfiles.write'))).toEqual(['admin_pusat']);
  });
  it('a konsultan edits nothing', () => {
    expect(
      ['partners.write', 'activities.report', 'activities.review', 'users.create', 'users.manage'].some((a) =>
        can({ role: 'konsultan' }, a as never),
      ),
    ).toBe(false);
  });
});

describe('scope', () => {
  const puputActivity = { regionCode: '19.05.06.2005', partnerId: 7 };
  const jakartaActivity = { regionCode: '31.71.01.1001', partnerId: 9 };

  it('the national office sees everything', () => {
    expect(inScope(pusat, jakartaActivity)).toBe(true);
    expect(regionInScope(pusat, null)).toBe(true);
  });
  it('a provincial admin sees its province only', () => {
    expect(inScope(babel, puputActivity)).toBe(true);
    expect(inScope(babel, jakartaActivity)).toBe(false);
    expect(regionInScope(babel, '19.05')).toBe(true);
    expect(regionInScope(babel, '31')).toBe(false);
    expect(regionInScope(babel, null)).toBe(false);
  });
  it('a regency facilitator sees its regency only, comparing whole code segments', () => {
    expect(inScope(fasilBangkaBarat, puputActivity)).toBe(true);
    expect(inScope(fasilBangkaBarat, { regionCode: '19.06.04.2003', partnerId: 3 })).toBe(false);
    expect(inScope(actor('fasilitator', { regionCode: '19.0' }), puputActivity)).toBe(false);
  });
  it('a konsultan sees its region', () => {
    expect(inScope(konsultan, puputActivity)).toBe(true);
    expect(inScope(konsultan, jakartaActivity)).toBe(false);
  });
  it('a pengelola sees its own partner only, never a region', () => {
    expect(inScope(puput, puputActivity)).toBe(true);
    expect(inScope(puput, { regionCode: '19.05.06.2005', partnerId: 8 })).toBe(false);
    expect(regionInScope(puput, '19.05.06.2005')).toBe(false);
  });
});

describe('creating users', () => {
  it('never a role above the creator', () => {
    expect(userCreationRefusal(babel, { role: 'admin_pusat', regionCode: null, partner: null })).toBe('role_above_own');
  });
  it('only inside the creator’s region', () => {
    expect(userCreationRefusal(babel, { role: 'fasilitator', regionCode: '19.05', partner: null })).toBeNull();
    expect(userCreationRefusal(babel, { role: 'fasilitator', regionCode: '31.71', partner: null })).toBe('region_out_of_scope');
    expect(userCreationRefusal(babel, { role: 'pengelola', regionCode: null, partner: { id: 9, regionCode: '31.71.01.1001' } })).toBe(
      'partner_out_of_scope',
    );
    expect(userCreationRefusal(babel, { role: 'pengelola', regionCode: null, partner: { id: 7, regionCode: '19.05.06.2005' } })).toBeNull();
  });
  it('the national office creates anyone anywhere', () => {
    expect(userCreationRefusal(pusat, { role: 'admin_pusat', regionCode: null, partner: null })).toBeNull();
    expect(userCreationRefusal(pusat, { role: 'admin_provinsi', regionCode: '31', partner: null })).toBeNull();
  });
  it('roles without the grant create no one', () => {
    for (const a of [fasilBangkaBarat, konsultan, puput]) {
      expect(userCreationRefusal(a, { role: 'pengelola', regionCode: null, partner: { id: 7, regionCode: '19.05.06.2005' } })).toBe(
        'not_allowed',
      );
    }
  });
});

describe('managing a user', () => {
  const managerOfPuput: ManagedUser = { id: 20, role: 'pengelola', regionCode: null, partner: { regionCode: '19.05.06.2005' } };
  const managerInJakarta: ManagedUser = { id: 21, role: 'pengelola', regionCode: null, partner: { regionCode: '31.71.01.1001' } };
  const nationalAdmin: ManagedUser = { id: 22, role: 'admin_pusat', regionCode: null, partner: null };
  const otherProvincialAdmin: ManagedUser = { id: 23, role: 'admin_provinsi', regionCode: '19', partner: null };
  const self: ManagedUser = { id: babel.id, role: 'admin_provinsi', regionCode: '19', partner: null };

  it('a provincial admin manages the users of its province, its peers included', () => {
    for (const change of ['details', 'scope', 'active', 'password'] as const) {
      expect(userManagementRefusal(babel, managerOfPuput, change)).toBeNull();
      expect(userManagementRefusal(babel, otherProvincialAdmin, change)).toBeNull();
    }
  });
  it('never a user of another province, nor the national office: for it they are not there', () => {
    expect(userManagementRefusal(babel, managerInJakarta, 'details')).toBe('not_visible');
    expect(userManagementRefusal(babel, nationalAdmin, 'password')).toBe('not_visible');
    expect(userManagementRefusal(pusat, managerInJakarta, 'active')).toBeNull();
  });
  it('staff who only read users see them but change nothing', () => {
    expect(userManagementRefusal(fasilBangkaBarat, managerOfPuput, 'details')).toBe('not_allowed');
    expect(userManagementRefusal(konsultan, managerOfPuput, 'active')).toBe('not_allowed');
    expect(userManagementRefusal(puput, managerOfPuput, 'details')).toBe('not_visible');
  });
  it('nobody deactivates, re-scopes or resets itself; its own name and phone it may change', () => {
    expect(userManagementRefusal(babel, self, 'details')).toBeNull();
    for (const change of ['scope', 'active', 'password'] as const) expect(userManagementRefusal(babel, self, change)).toBe('own_account');
  });
});
