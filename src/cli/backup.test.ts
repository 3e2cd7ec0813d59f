import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '#server/config';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';

const postgres = loadConfig({ DATABASE_URL: 'postgres://sim:secret@db.example/sim', UPLOAD_DIR: '/srv/sim/uploads', LOG_LEVEL: 'silent' });

describe('backup and restore on PostgreSQL', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('explain the pg_dump way with the uploads around it, and fail so no script takes it for a backup', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await backupCommand(postgres, '/backups/today')).toBe(1);
    const advice = errors.mock.calls.flat().join('\n');
    expect(advice).toContain('pg_dump --format=custom --file=/backups/today/sim-tpbis.dump "$DATABASE_URL"');
    // The uploads are copied before and after the dump; the password never appears.
    expect(advice.match(/cp -a \/srv\/sim\/uploads\/\. \/backups\/today\/uploads\//g)).toHaveLength(2);
    expect(advice).not.toContain('secret');
  });

  it('explain pg_restore into an empty database, then the uploads', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await restoreCommand(postgres, '/backups/today')).toBe(1);
    const advice = errors.mock.calls.flat().join('\n');
    expect(advice).toContain('pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" /backups/today/sim-tpbis.dump');
    expect(advice).toContain('cp -a /backups/today/uploads/. /srv/sim/uploads/');
  });

  it('ask for the folder when none is given', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await backupCommand(postgres, undefined)).toBe(1);
    expect(await restoreCommand(postgres, undefined)).toBe(1);
    expect(errors.mock.calls.flat().join('\n')).toMatch(/usage: sim-tpbis backup DIR[\s\S]*usage: sim-tpbis restore DIR/);
  });
});
