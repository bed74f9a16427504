/**
 * R01's reply wording is not public. This parser reads only the documented facts — our token, the
 * task id, the domain, a client handle, success or failure, queued / registered / delegated — and
 * tolerates layout, case, Russian or English, and quoting. The modelled reply formats are listed in
 * the README.
 */

export type ReplyKind = 'error' | 'delegated' | 'client-registered' | 'prolonged' | 'updated' | 'queued' | 'unknown';

export interface Reply {
  token: { operationId: string; step: string } | undefined;
  kind: ReplyKind;
  taskId: string | undefined;
  handle: string | undefined;
  domain: string | undefined;
  /** The reply's own explanation for a failure (first matching line). */
  reason: string | undefined;
}

const TOKEN = /\[RK:([A-Za-z0-9_.-]+):([a-z-]+)\]/;
const TASK = /(?:task|задани[еяю]|заявк[аи])\s*(?:id|no\.?|number|номер)?\s*[:#№]?\s*(\d{3,})/i;
const HANDLE = /\b([A-Z0-9][A-Z0-9_]*-(?:ORG-)?GPT)\b/;
const DOMAIN = /\b((?:[a-z0-9-]+\.)+(?:ru|su|xn--p1ai|рф))\b/i;
const ERROR = /(error|failed|failure|rejected|refused|denied|ошибк|отклонен|отказ|не выполнен)/i;
const DELEGATED = /(registered\s+and\s+delegated|delegated|зарегистрирован\S*\s+и\s+делегирован|делегирован)/i;
const CLIENT = /(client|person|organi[sz]ation|клиент|администратор)/i;
const REGISTERED = /(registered|created|зарегистрирован|создан)/i;
const PROLONGED = /(prolonged|renewed|продлен)/i;
const UPDATED = /(updated|changed|modified|изменен|обновлен)/i;
const QUEUED = /(queued|in the queue|accepted|поставлен\S*\s+в\s+очередь|в очереди|принят)/i;

export function parseReply(subject: string, text: string): Reply {
  const all = `${subject}\n${text}`;
  const t = TOKEN.exec(all);
  const handle = HANDLE.exec(text)?.[1];
  let kind: ReplyKind = 'unknown';
  if (ERROR.test(all)) kind = 'error';
  else if (DELEGATED.test(all)) kind = 'delegated';
  else if (handle !== undefined && CLIENT.test(all) && REGISTERED.test(all)) kind = 'client-registered';
  else if (PROLONGED.test(all)) kind = 'prolonged';
  else if (UPDATED.test(all)) kind = 'updated';
  else if (QUEUED.test(all)) kind = 'queued';
  const reason = kind === 'error' ? text.split(/\r?\n/).map((l) => l.trim()).find((l) => ERROR.test(l)) : undefined;
  return {
    token: t === null ? undefined : { operationId: t[1]!, step: t[2]! },
    kind,
    taskId: TASK.exec(all)?.[1],
    handle,
    domain: DOMAIN.exec(text)?.[1]?.toLowerCase(),
    reason,
  };
}
