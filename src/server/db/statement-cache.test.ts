import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { withStatementCache } from './connect';

describe('the SQLite statement cache', () => {
  it('hands out the compiled statement of the same SQL again, and a fresh one while it is still iterating', () => {
    const sqlite = new SQLite(':memory:');
    sqlite.exec('create table t (n int); insert into t values (1), (2), (3)');
    const db = withStatementCache(sqlite, 2);
    const first = db.prepare('select n from t');
    expect(db.prepare('select n from t')).toBe(first);

    // Iterating one statement while the same SQL runs again: the second gets its own.
    const rows: unknown[] = [];
    for (const row of first.iterate([])) {
      const inner = db.prepare('select n from t');
      expect(inner).not.toBe(first);
      rows.push(row, inner.all([]).length);
    }
    expect(rows).toEqual([{ n: 1 }, 3, { n: 2 }, 3, { n: 3 }, 3]);

    // Bounded: the least recently used SQL is compiled again when asked after others.
    db.prepare('select 1');
    db.prepare('select 2');
    expect(db.prepare('select n from t')).not.toBe(first);
    db.close();
  });
});
