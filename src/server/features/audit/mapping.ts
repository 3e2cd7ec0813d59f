import type { z } from 'zod';
import type { AuditEntry, FieldChanges } from '#domain/audit';
import type { AuditEventRow } from './repository';

/** An entry as the API shows it; the owner's own kinds schema reads the kind, so an unknown kind fails loudly. */
export function toAuditEntry<K extends string>(row: AuditEventRow, kinds: z.ZodType<K>): AuditEntry<K> {
  return {
    id: row.id,
    at: row.at,
    kind: kinds.parse(row.kind),
    actor: { id: row.actor_id, username: row.actor_username, displayName: row.actor_display_name },
    changes: row.changes === null ? null : (JSON.parse(row.changes) as FieldChanges),
    comment: row.comment,
  };
}
