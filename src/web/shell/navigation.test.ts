import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation';

const labels = (role: Parameters<typeof navigationFor>[0]['role']) => navigationFor({ role }).map((item) => item.label);

describe('navigationFor', () => {
  it('shows the users page to roles that may read users', () => {
    expect(labels('admin_provinsi')).toEqual(['nav.home', 'nav.regions', 'nav.users', 'nav.account', 'nav.about']);
    expect(labels('konsultan')).toContain('nav.users');
  });

  it('hides it from a library manager', () => {
    expect(labels('pengelola')).toEqual(['nav.home', 'nav.regions', 'nav.account', 'nav.about']);
  });
});
