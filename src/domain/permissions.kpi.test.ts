import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inScope, kpiScope, raporInScope, scopeOfUser, type ActorScope } from './permissions';
import type { Role } from './roles';

function scope(role: Role, given: { regionCode?: string; partnerId?: number } = {}): ActorScope {
  const fitting = scopeOfUser({ role, ...given });
  if (!fitting) throw new Error(`a ${role} needs another scope`);
  return fitting;
}
const pusat = scope('admin_pusat');
const babel = scope('admin_provinsi', { regionCode: '19' });
const yulianti = scope('fasilitator', { regionCode: '19.05' });
const karolina = scope('konsultan', { regionCode: '19' });
const puput = scope('pengelola', { partnerId: 7 });

describe('scopeOfUser', () => {
  it('gives each role the scope it needs', () => {
    expect(scopeOfUser({ role: 'admin_pusat' })).toEqual({ role: 'admin_pusat', regionCode: null });
    expect(scopeOfUser({ role: 'fasilitator', regionCode: '19.05', partnerId: null })).toEqual({
      role: 'fasilitator',
      regionCode: '19.05',
    });
    expect(scopeOfUser({ role: 'pengelola', partnerId: 7 })).toEqual({ role: 'pengelola', partnerId: 7 });
  });

  it('places a manager by its partner, whatever region is stored with it', () => {
    expect(scopeOfUser({ role: 'pengelola', regionCode: '31', partnerId: 7 })).toEqual({ role: 'pengelola', partnerId: 7 });
  });

  it('gives no scope rather than a guessed one when the stored scope does not fit the role', () => {
    expect(scopeOfUser({ role: 'pengelola' })).toBeNull();
    for (const role of ['admin_provinsi', 'fasilitator', 'konsultan'] as const) {
      // Without a region a regional role would otherwise read as the national office.
      expect(scopeOfUser({ role, regionCode: null })).toBeNull();
      expect(scopeOfUser({ role, regionCode: '19', partnerId: 7 })).toBeNull();
    }
    expect(scopeOfUser({ role: 'admin_pusat', regionCode: '19' })).toBeNull();
    expect(scopeOfUser({ role: 'admin_pusat', partnerId: 7 })).toBeNull();
  });
});

describe('kpiScope', () => {
  it('gives a library manager its own partner, whatever region it asks for', () => {
    for (const requested of [undefined, null, '19', '19.05.06.2005', '31']) {
      expect(kpiScope(puput, requested)).toEqual({ kind: 'partner', partnerId: 7 });
    }
  });

  it('gives staff their own region when they ask for none, the whole country for the national office', () => {
    expect(kpiScope(pusat, undefined)).toEqual({ kind: 'region', regionCode: null });
    expect(kpiScope(pusat, null)).toEqual({ kind: 'region', regionCode: null });
    expect(kpiScope(babel, undefined)).toEqual({ kind: 'region', regionCode: '19' });
    expect(kpiScope(yulianti, null)).toEqual({ kind: 'region', regionCode: '19.05' });
  });

  it('gives the region asked for when it lies inside the actor’s own', () => {
    expect(kpiScope(pusat, '31.71')).toEqual({ kind: 'region', regionCode: '31.71' });
    expect(kpiScope(babel, '19')).toEqual({ kind: 'region', regionCode: '19' });
    expect(kpiScope(babel, '19.05.06')).toEqual({ kind: 'region', regionCode: '19.05.06' });
    expect(kpiScope(karolina, '19.01')).toEqual({ kind: 'region', regionCode: '19.01' });
  });

  it('refuses a region outside, a parent region, and a code that merely starts with the same digits', () => {
    expect(kpiScope(babel, '31')).toEqual({ kind: 'outside' });
    expect(kpiScope(yulianti, '19')).toEqual({ kind: 'outside' });
    expect(kpiScope(yulianti, '19.06')).toEqual({ kind: 'outside' });
    expect(kpiScope(scope('admin_provinsi', { regionCode: '1' }), '19')).toEqual({ kind: 'outside' });
  });

  it('agrees with inScope on every staff actor and region: a region report shows exactly the rows it may see', () => {
    const codes = ['11', '19', '19.05', '19.05.06', '19.05.06.2005', '19.06', '31', '31.71'];
    const staffArb = fc.oneof(
      fc.constant(pusat),
      fc.record({ role: fc.constantFrom('admin_provinsi', 'fasilitator', 'konsultan' as const), regionCode: fc.constantFrom(...codes) }),
    );
    fc.assert(
      fc.property(staffArb, fc.constantFrom(...codes), (actor, code) => {
        expect(kpiScope(actor, code).kind === 'region').toBe(inScope(actor, { regionCode: code }));
      }),
    );
  });
});

describe('raporInScope', () => {
  it('lets a manager read only its own partner’s rapor, even beside it in the same village', () => {
    expect(raporInScope(puput, { id: 7, regionCode: '19.05.06.2005' })).toBe(true);
    expect(raporInScope(puput, { id: 8, regionCode: '19.05.06.2005' })).toBe(false);
  });

  it('lets staff read the rapor of a partner inside their region', () => {
    expect(raporInScope(yulianti, { id: 7, regionCode: '19.05.06.2005' })).toBe(true);
    expect(raporInScope(yulianti, { id: 9, regionCode: '19.06.01.2001' })).toBe(false);
    expect(raporInScope(pusat, { id: 9, regionCode: '31.71.01.1001' })).toBe(true);
  });
});
