/**
 * The AutoDNS `<request>` document (XML API Basics; the README's "Protocol sources"): `<auth>` with user, password and
 * context, `<language>`, then one `<task>` whose first child is the `ctid`, as real clients send it.
 */
import type { Task } from './tasks.js';
import { xmlBuilder } from './xml.js';

export interface GatewayAuth {
  user: string;
  password: string;
  /** The AutoDNS context (4 for most reseller accounts). */
  context: number;
}

/** Language of the gateway's status texts; English keeps the Action Log readable. */
export const REQUEST_LANGUAGE = 'en';

export function buildRequest(auth: GatewayAuth, task: Task): string {
  const { ctid, code, reply_to, ...objects } = task;
  const orderedTask = { ctid, code, ...(reply_to === undefined ? {} : { reply_to }), ...objects };
  const body = xmlBuilder.build({
    request: {
      auth: { user: auth.user, password: auth.password, context: auth.context },
      language: REQUEST_LANGUAGE,
      task: orderedTask,
    },
  }) as string;
  return `<?xml version="1.0" encoding="utf-8"?>${body}`;
}
