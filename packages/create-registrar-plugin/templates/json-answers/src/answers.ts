import type { Command, Commands, Reply } from './commands.js';
import { registrarFailure, unreadable } from './errors.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a command's data from the registrar's JSON. A field the plugin needs that is missing or
 * of the wrong type is a PROTOCOL error naming it, never a crash or a silently wrong result.
 */
export const readData: { [C in Command]: (value: unknown) => Commands[C]['data'] } = {
  check(value) {
    if (!isObj(value) || typeof value.available !== 'boolean') throw unreadable('check', 'no boolean "available" in the answer');
    return { available: value.available, ...(typeof value.reason === 'string' ? { reason: value.reason } : {}) };
  },
  info(value) {
    if (!isObj(value) || typeof value.status !== 'string' || !Array.isArray(value.nameservers) || typeof value.locked !== 'boolean') {
      throw unreadable('info', 'the answer lacks "status", "nameservers" or "locked"');
    }
    return {
      status: value.status,
      nameservers: value.nameservers.filter((n): n is string => typeof n === 'string'),
      locked: value.locked,
      ...(typeof value.expiresAt === 'string' ? { expiresAt: value.expiresAt } : {}),
    };
  },
};

/**
 * Reads an answer of the form `{"status": "ok", "data": {…}}` or
 * `{"status": "error", "code": "…", "message": "…"}` (sent with HTTP 200).
 */
export function readAnswer<C extends Command>(command: C, body: unknown): Reply<C> {
  if (!isObj(body)) throw unreadable(command, 'the answer is not a JSON object');
  if (body.status === 'ok') return { ok: true, data: readData[command](body.data) };
  if (body.status === 'error' && typeof body.code === 'string') {
    return { ok: false, error: registrarFailure(body.code, typeof body.message === 'string' ? body.message : '', command) };
  }
  throw unreadable(command, `unexpected status ${JSON.stringify(body.status)}`);
}
