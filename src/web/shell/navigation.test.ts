import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

const labels = (role: Parameters<typeof navigationFor>[0]['role']) => navigationFor({ role }).map((item) => item.label);

describe('navigationFor', () => {
  it('shows the users page to roles that may read users', () => {
    expect(labels('admin_provinsi')).toEqual([
      'nav.home',
      'nav.activities',
      'nav.reviewQueue',
      'nav.partners',
      'nav.practices',
      'nav.problems',
      'nav.gatherings',
      'nav.elis',
      'nav.elisProgress',
      'nav.dashboard',
      'nav.completeness',
      'nav.regions',
      'nav.users',
      'nav.account',
      'nav.about',
    ]);
    expect(labels('konsultan')).toContain('nav.users');
  });

  it('lists the KPI profile for the national office only', () => {
    expect(navigationFor({ role: 'admin_pusat' })).toContainEqual({ to: '/profil-kpi', label: 'nav.kpiProfile' });
    for (const role of ['admin_provinsi', 'fasilitator', 'konsultan', 'pengelola'] as const)
      expect(labels(role)).not.toContain('nav.kpiProfile');
  });

  it('hides it from a library manager', () => {
    expect(labels('pengelola')).toEqual([
      'nav.home',
      'nav.report',
      'nav.activities',
      'nav.practices',
      'nav.problems',
      'nav.gatherings',
      'nav.elis',
      'nav.regions',
      'nav.account',
      'nav.about',
    ]);
  });

  it('offers the dashboard to every role but a library manager, who gets its own rapor instead', () => {
    for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan'] as const) {
      expect(labels(role)).toContain('nav.dashboard');
    }
    expect(navigationFor({ role: 'pengelola', partnerId: 7 }).map((item) => [item.label, item.to])).toEqual([
      ['nav.home', '/'],
      ['nav.report', '/lapor'],
      ['nav.activities', '/kegiatan'],
      ['nav.ownPartner', '/mitra/7'],
      ['nav.practices', '/praktik-baik'],
      ['nav.problems', '/kendala'],
      ['nav.gatherings', '/pertemuan'],
      ['nav.elis', '/elis'],
      ['nav.rapor', '/mitra/7/rapor'],
      ['nav.regions', '/wilayah'],
      ['nav.account', '/akun'],
      ['nav.about', '/tentang'],
    ]);
  });

  // ---- Activities, review queue and partners ----
  it('puts "Lapor" first for a library manager, as the menu’s main action', () => {
    const [, report] = navigationFor({ role: 'pengelola', partnerId: 7 });
    expect(report).toEqual({ to: '/lapor', label: 'nav.report', primary: true });
  });

  it('offers the review queue only to roles that review', () => {
    for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator'] as const) expect(labels(role)).toContain('nav.reviewQueue');
    for (const role of ['konsultan', 'pengelola'] as const) expect(labels(role)).not.toContain('nav.reviewQueue');
    expect(labels('konsultan')).toContain('nav.partners');
  });
  // ---- end activities ----

  // ---- practices ----
  it('offers the good-practice gallery to every role', () => {
    for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan', 'pengelola'] as const) {
      expect(navigationFor({ role })).toContainEqual({ to: '/praktik-baik', label: 'nav.practices' });
    }
  });
  // ---- end practices ----

  // ---- problems ----
  it('offers "Kendala" to every role that reads problems, a library manager and a konsultan included', () => {
    for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan', 'pengelola'] as const) {
      expect(navigationFor({ role, partnerId: 7 }).find((item) => item.label === 'nav.problems')?.to).toBe('/kendala');
    }
  });
  // ---- end problems ----

  // ---- completeness ----
  it('offers reporting completeness to staff, not to a library manager', () => {
    for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan'] as const) {
      expect(navigationFor({ role })).toContainEqual({ to: '/kelengkapan', label: 'nav.completeness' });
    }
    expect(labels('pengelola')).not.toContain('nav.completeness');
  });
  // ---- end completeness ----

  // ---- gatherings ----
  it('offers the gatherings to every role: each sees those of its region', () => {
    for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan', 'pengelola'] as const) {
      expect(navigationFor({ role }).find((item) => item.label === 'nav.gatherings')?.to).toBe('/pertemuan');
    }
  });
  // ---- end gatherings ----

  // ---- elis staff ----
  it('offers the national office "Kelola Elis", regional staff "Kemajuan Elis", and a library manager neither', () => {
    const elis = (role: Parameters<typeof navigationFor>[0]['role']) =>
      navigationFor({ role }).filter((item) => item.label === 'nav.elisManage' || item.label === 'nav.elisProgress');
    expect(elis('admin_pusat')).toEqual([{ to: '/elis/kelola', label: 'nav.elisManage' }]);
    for (const role of ['admin_provinsi', 'fasilitator', 'konsultan'] as const) {
      expect(elis(role)).toEqual([{ to: '/elis/kelola/kemajuan', label: 'nav.elisProgress' }]);
    }
    expect(elis('pengelola')).toEqual([]);
  });
  // ---- end elis staff ----
});
