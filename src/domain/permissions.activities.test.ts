import { describe, expect, it } from 'vitest';
import { activityRefusal, allowedActivityOperations, mayReportFor, scopeOfUser, type Actor } from './permissions';
import type { Role } from './roles';
import type { ActivityStatus } from './taxonomy';

function actor(role: Role, scope: { regionCode?: string; partnerId?: number } = {}): Actor {
  const fitting = scopeOfUser({ role, ...scope });
  if (!fitting) throw new Error(`a ${role} needs another scope`);
  return { id: 1, ...fitting };
}
const pusat = actor('admin_pusat');
const babel = actor('admin_provinsi', { regionCode: '19' });
const yulianti = actor('fasilitator', { regionCode: '19.05' });
const karolina = actor('konsultan', { regionCode: '19' });
const puput = actor('pengelola', { partnerId: 7 });
const cendil = actor('pengelola', { partnerId: 3 });

const puputActivity = (status: ActivityStatus) => ({ regionCode: '19.05.06.2005', partnerId: 7, status });

describe('what each role may do to an activity, by status', () => {
  it('the reporter works on drafts and returned activities only', () => {
    expect(allowedActivityOperations(puput, puputActivity('draft'))).toEqual(['edit', 'delete', 'submit', 'addPhoto', 'removePhoto']);
    expect(allowedActivityOperations(puput, puputActivity('returned'))).toEqual(['edit', 'delete', 'submit', 'addPhoto', 'removePhoto']);
    expect(allowedActivityOperations(puput, puputActivity('submitted'))).toEqual([]);
    expect(allowedActivityOperations(puput, puputActivity('verified'))).toEqual([]);
    expect(activityRefusal(puput, puputActivity('verified'), 'edit')).toBe('wrong_status');
  });

  it('a reviewer in scope verifies or returns submitted activities and comments on any', () => {
    expect(allowedActivityOperations(yulianti, puputActivity('submitted'))).toEqual(['verify', 'return', 'comment']);
    expect(allowedActivityOperations(yulianti, puputActivity('draft'))).toEqual(['comment']);
    expect(activityRefusal(yulianti, puputActivity('draft'), 'edit')).toBe('not_allowed');
  });

  it('only an admin reopens a verified activity', () => {
    expect(allowedActivityOperations(babel, puputActivity('verified'))).toEqual(['reopen', 'comment']);
    expect(activityRefusal(yulianti, puputActivity('verified'), 'reopen')).toBe('not_allowed');
    expect(allowedActivityOperations(pusat, puputActivity('verified'))).toEqual(['reopen', 'comment']);
  });

  it('a konsultan only comments', () => {
    for (const status of ['draft', 'submitted', 'verified', 'returned'] as const) {
      expect(allowedActivityOperations(karolina, puputActivity(status))).toEqual(['comment']);
    }
  });

  it('outside its scope the activity is not there, whatever the role', () => {
    expect(activityRefusal(cendil, puputActivity('draft'), 'edit')).toBe('not_visible');
    expect(activityRefusal(actor('fasilitator', { regionCode: '19.06' }), puputActivity('submitted'), 'verify')).toBe('not_visible');
    expect(allowedActivityOperations(actor('admin_provinsi', { regionCode: '31' }), puputActivity('verified'))).toEqual([]);
  });

  it('new reports: a pengelola for its own partner, the national office anywhere, reviewers never', () => {
    const partner = { id: 7, regionCode: '19.05.06.2005' };
    expect(mayReportFor(puput, partner)).toBe(true);
    expect(mayReportFor(cendil, partner)).toBe(false);
    expect(mayReportFor(pusat, partner)).toBe(true);
    expect(mayReportFor(babel, partner)).toBe(false);
    expect(mayReportFor(yulianti, partner)).toBe(false);
  });
});
