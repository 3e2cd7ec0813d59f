import SQLite from 'better-sqlite3';
import { BackupError } from './manifest';

/**
 * Copies a live SQLite database with SQLite's online backup API: the server keeps reading and
 * writing meanwhile, and the copy is the database as of one moment. After the first step the
 * rest goes in one step, so a busy server's writes do not keep restarting the copy.
 */
export async function snapshotSqlite(sourceFile: string, destinationFile: string): Promise<void> {
  let source: SQLite.Database;
  try {
    source = new SQLite(sourceFile, { fileMustExist: true });
  } catch (err) {
    throw new BackupError(`no SQLite database at ${sourceFile} (${(err as Error).message}); is DATA_DIR right?`);
  }
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(destinationFile, { progress: ({ totalPages }) => Math.max(100, totalPages) });
  } finally {
    source.close();
  }
  // One self-contained file (the copy inherits WAL mode, which would leave -wal and -shm files
  // beside it); the server switches it back to WAL when it starts on the restored copy.
  const copy = new SQLite(destinationFile, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  checkIntact(destinationFile);
}

/** SQLite's own check of a database file; a damaged backup must never be taken for a good one. */
export function checkIntact(file: string): void {
  const db = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`${file} failed SQLite's integrity check: ${String(result)}`);
  } finally {
    db.close();
  }
}
