import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

const labels = (role: Parameters<typeof navigationFor>[0]['role']) => navigationFor({ role }).map((item) => item.label);

describe('navigationFor', () => {
  it('shows the users page to roles that may read users', () => {
    expect(labels('admin_provinsi')).toEqual(['nav.home', 'nav.dashboard', 'nav.regions', 'nav.users', 'nav.account', 'nav.about']);
    expect(labels('konsultan')).toContain('nav.users');
  });

  it('hides it from a library manager', () => {
    expect(labels('pengelola')).toEqual(['nav.home', 'nav.regions', 'nav.account', 'nav.about']);
  });

  it('offers the dashboard to every role but a library manager, who gets its own rapor instead', () => {
    for (const role of ['admin_pusat', 'admin_provinsi', 'fasilitator', 'konsultan'] as const) {
      expect(labels(role)).toContain('nav.dashboard');
    }
    expect(navigationFor({ role: 'pengelola', partnerId: 7 }).map((item) => [item.label, item.to])).toEqual([
      ['nav.home', '/'],
      ['nav.rapor', '/mitra/7/rapor'],
      ['nav.regions', '/wilayah'],
      ['nav.account', '/akun'],
      ['nav.about', '/tentang'],
    ]);
  });
});
