import type { Config } from '#server/config';

/**
 * On PostgreSQL the database is copied by PostgreSQL's own tools, which must match the server's
 * version and run where the operator chooses; the commands say how rather than guess.
 */
export function postgresBackupAdvice(dir: string, config: Pick<Config, 'uploadDir'>): string {
  return `sim-tpbis backup copies the embedded SQLite database; this system runs on PostgreSQL (DATABASE_URL).
Back it up with pg_dump (a consistent copy of the running database) and copy the uploads around it,
so every photo whose row is in the dump is in the copy:

  mkdir -p ${dir}/uploads
  cp -a ${config.uploadDir}/. ${dir}/uploads/      # 1. the photos so far (a photo deleted later stays safe)
  pg_dump --format=custom --file=${dir}/sim-tpbis.dump "$DATABASE_URL"
  cp -a ${config.uploadDir}/. ${dir}/uploads/      # 2. the photos added while pg_dump ran

Use a pg_dump of the server's major version or newer. The README ("Backups") has the restore.`;
}

export function postgresRestoreAdvice(dir: string, config: Pick<Config, 'uploadDir'>): string {
  return `sim-tpbis restore fills an embedded SQLite data directory; this system runs on PostgreSQL (DATABASE_URL).
Restore a pg_dump backup into an empty database, then the uploads, then start as usual:

  createdb sim_tpbis                                  # or any new, empty database; point DATABASE_URL at it
  pg_restore --no-owner --exit-on-error --dbname="$DATABASE_URL" ${dir}/sim-tpbis.dump
  mkdir -p ${config.uploadDir} && cp -a ${dir}/uploads/. ${config.uploadDir}/

The next start migrates the database if the backup is older than the code.`;
}
