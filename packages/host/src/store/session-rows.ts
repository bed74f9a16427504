import type { Selectable } from 'kysely';
import type { ConsoleSessionsTable } from './schema.js';
import type { StoredSession } from './store.js';

// Console sessions' rows (migration 0010_console_sessions), shared by the SQLite and PostgreSQL stores.

export function sessionColumns(s: StoredSession): ConsoleSessionsTable {
  return { id: s.id, key_id: s.keyId, csrf_token: s.csrfToken, created_at: s.createdAt.getTime(), last_seen_at: s.lastSeenAt.getTime() };
}

export function toSession(r: Selectable<ConsoleSessionsTable>): StoredSession {
  return { id: r.id, keyId: r.key_id, csrfToken: r.csrf_token, createdAt: new Date(Number(r.created_at)), lastSeenAt: new Date(Number(r.last_seen_at)) };
}
