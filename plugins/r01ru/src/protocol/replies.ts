import { domainToASCII } from 'node:url';
import { findToken, type Token } from './subject.js';

/**
 * R01's reply wording is not public (the README's "Protocol sources": modelled). This parser reads only the
 * documented facts — our token, the task id, the domain, a client handle, the task status
 * (TASK_QUEUED / TASK_SUCCESS / TASK_FAILURE, R01's SOAP API vocabulary), queued vs registered vs registered and
 * delegated — and tolerates layout, case, Russian or English, quoting and an echoed request.
 *
 * Precedence, first that applies:
 * 1. a task status name (`TASK_FAILURE`, `TASK_QUEUED`, `TASK_SUCCESS`);
 * 2. a labelled status line (`status:`, `state:`, `result:`, `статус:`, `состояние:`, `результат:`);
 * 3. the wording of the subject and the reply's own lines (quoted and echoed text ignored):
 *    failure > delegated > registered-with-a-handle > queued > registered > completed.
 * The modelled layouts are listed in the README; anything else is `unknown` and quarantined.
 */

/** What a reply says about the request it answers. */
export type ReplyStatus = 'queued' | 'registered' | 'delegated' | 'completed' | 'failed' | 'unknown';

export interface Reply {
  /** Our correlation token, from the subject or the quoted original. */
  token: Token | undefined;
  status: ReplyStatus;
  /** Which rule decided the status. */
  basis: 'task-status' | 'status-line' | 'wording' | 'none';
  taskId: string | undefined;
  /** A client handle (`…-GPT`, `…-ORG-GPT`, or a labelled `nic_hdl:` — R01's spelling — / `nic-hdl:`), upper case. */
  handle: string | undefined;
  /** The domain the reply names (labelled `domain` / `домен`), A-label form. */
  domain: string | undefined;
  /** The registrar's own error code or task status name, for failures. */
  registrarCode: string | undefined;
  /** The reply's own explanation of a failure (one line, at most 300 characters). */
  reason: string | undefined;
  /** `paid-till` / `оплачен до` as YYYY-MM-DD, when present. */
  paidTill: string | undefined;
}

// Our own request, echoed back without quote marks: from "action: …" to "#[TEMPLATES END]#".
const ECHO_START = /^\s*action\s*:\s*(?:NEW|PROLONG|UPDATE)\b/i;
const ECHO_END = /#\[TEMPLATES END\]#/i;
// Where a client starts quoting the original message.
const QUOTE_HEADER = /^\s*(?:-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение)\s*-{2,}|on .+ wrote:|.+ (?:пишет|написал\S*):)\s*$/i;

/** The reply's own lines: quotes (`>`), the quoted original and an echoed request removed. */
export function ownLines(text: string): string[] {
  const out: string[] = [];
  let inEcho = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (QUOTE_HEADER.test(line)) break;
    if (/^\s*>/.test(line)) continue;
    if (!inEcho && ECHO_START.test(line)) inEcho = true;
    if (inEcho) {
      if (ECHO_END.test(line)) inEcho = false;
      continue;
    }
    out.push(line);
  }
  return out;
}

const TASK_STATUS = /\bTASK_(QUEUED|SUCCESS|FAILURE)\b/i;
const STATUS_LINE = /^\s*(?:status|state|result|статус|состояние|результат)\s*[:=]\s*(.+)$/im;

// "no errors", "will be registered" say nothing about the outcome.
const NOISE = [/\b(?:no|without)\s+errors?\b/gi, /\berror[- ]free\b/gi, /без\s+ошиб\S*/gi, /\b(?:will|shall)\s+be\s+[^.;!?\n]*/gi, /будет\s+[^.;!?\n]*/gi];
const FAILED = [/\b(?:error|errors|failed|failure|rejected|refused|denied|declined|invalid|incorrect)\b/i, /ошибк|отклон[её]н|отказ|отвергнут|невозможн|неверн|некоррект|не\s+(?:может|удалось|выполнен|принят|зарегистрирован|найден|прошл)/i];
const NOT_DELEGATED = /\bnot\s+(?:yet\s+)?delegated\b|\bundelegated\b|не\s+делегирован\S*/gi;
const DELEGATED = [/\bdelegated\b/i, /делегирован(?!и)/i];
const REGISTERED = [/\bregistered\b|\bcreated\b/i, /зарегистрирован|создан/i];
const QUEUED = [/\bqueued?\b|\bin\s+(?:the\s+)?queue\b|\baccepted\b|\bbeing\s+processed\b|\bpending\b/i, /очеред|принят|в\s+обработк/i];
const COMPLETED = [/\bsuccess(?:ful(?:ly)?)?\b|\bcompleted?\b|\bdone\b|\bexecuted\b|\bprocessed\b|\bprolonged\b|\brenewed\b|\bupdated\b|\bchanged\b|\bmodified\b/i, /выполнен|успешн|исполнен|продл[её]н|обновл[её]н|изменен|внесен/i];

const any = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(text));

/** Classifies free text by its wording (rule 3). */
export function classifyWording(text: string, hasHandle: boolean): ReplyStatus {
  let t = text;
  for (const n of NOISE) t = t.replace(n, ' ');
  if (any(FAILED, t)) return 'failed';
  const positive = t.replace(NOT_DELEGATED, ' ');
  if (any(DELEGATED, positive)) return 'delegated';
  if (hasHandle && any(REGISTERED, t)) return 'registered';
  if (any(QUEUED, t)) return 'queued';
  if (any(REGISTERED, t)) return 'registered';
  if (any(COMPLETED, t)) return 'completed';
  return 'unknown';
}

const TASK_ID = [
  /\btask[_\s-]?id\s*[:=#№]?\s*(\d{3,})/i,
  /\btask\s*(?:no\.?|number|#|№|n)?\s*[:=]?\s*(\d{3,})/i,
  /(?:задани[еяюи]|задач[аиуе]|заявк[аиуе])\s*(?:№|#|n\.?|no\.?|номер)?\s*[:=]?\s*(\d{3,})/i,
  /(?:номер|№)\s*(?:задани[яе]|задачи|заявки)\s*[:=]?\s*(\d{3,})/i,
];
const HANDLE_SUFFIX = /(?<![\w-])([A-Z0-9][A-Z0-9_-]*-GPT)(?![\w-])/i;
const HANDLE_LABEL = /(?:nic[-_]hdl|handle|client\s+id|идентификатор(?:\s+клиента)?|код\s+клиента)\s*[:=]?\s*([A-Z0-9][A-Z0-9_-]{2,})/i;
const DOMAIN_LABEL = /(?:^|[^\p{L}\p{N}-])(?:domain(?:\s+name)?|домен[а-яё]*(?:\s+имя)?)\s*[:=]?\s*([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)/imu;
const REGISTRAR_CODE = /(?:error\s*code|error|код\s+ошибки|ошибка)\s*(?:№|#|no\.?)?\s*[:=]?\s*\(?([A-Z]{0,4}-?\d{2,6})(?![\w.])/i;
const REASON_LINE = /^\s*(?:reason|cause|error(?:\s+message)?|description|comment|причина|ошибка|описание(?:\s+ошибки)?|комментарий)\s*[:=]\s*(.+)$/im;
const PAID_TILL = /(?:paid[-\s]till|reg[-\s]till|registered\s+(?:till|until)|valid\s+(?:till|until)|expires?(?:\s+on)?|оплачен\S*\s+до|зарегистрирован\S*\s+до|действ\S*\s+до)\s*[:=]?\s*(\d{4}[.-]\d{2}[.-]\d{2}|\d{2}\.\d{2}\.\d{4})/i;

function isoDate(value: string): string | undefined {
  const m = /^(\d{4})[.-](\d{2})[.-](\d{2})$/.exec(value) ?? /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(value);
  if (m === null) return undefined;
  const [y, mo, d] = value.length === 10 && value[2] === '.' ? [m[3]!, m[2]!, m[1]!] : [m[1]!, m[2]!, m[3]!];
  const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${y}-${mo}-${d}` ? undefined : `${y}-${mo}-${d}`;
}

function toALabel(name: string): string | undefined {
  const ascii = domainToASCII(name.replace(/\.$/, '').toLowerCase());
  return ascii === '' ? undefined : ascii;
}

// Domain names and handles are the customer's words, not the robot's: `error-pages.ru` or a
// handle like `ERROR-GPT` must not read as a failure, so they are masked before classifying.
const NAMES = /(?<![\p{L}\p{N}-])[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)+|(?<![\w-])[A-Z0-9][A-Z0-9_-]*-GPT(?![\w-])/giu;
const masked = (text: string): string => text.replace(NAMES, ' NAME ');

/** Parses one reply mail (subject and decoded text body). */
export function parseReply(subject: string, text: string): Reply {
  const token = findToken(`${subject}\n${text}`);
  // The subject, without our token and the "Re:" prefixes, reads as one more own line.
  const cleanSubject = subject.replace(/\[RK:[^\]]*\]/gi, ' ').replace(/^\s*(?:(?:re|fw|fwd|ответ)\s*(?:\[\d+\])?\s*:\s*)+/i, '');
  const lines = [cleanSubject, ...ownLines(text)];
  const own = lines.join('\n');

  const handle = (HANDLE_SUFFIX.exec(own)?.[1] ?? HANDLE_LABEL.exec(own)?.[1])?.toUpperCase();
  const taskId = TASK_ID.map((p) => p.exec(own)?.[1]).find((v) => v !== undefined);
  const labelled = DOMAIN_LABEL.exec(own)?.[1];
  const domain = labelled === undefined ? undefined : toALabel(labelled);

  let status: ReplyStatus = 'unknown';
  let basis: Reply['basis'] = 'none';
  const task = TASK_STATUS.exec(own)?.[1]?.toUpperCase();
  if (task !== undefined) {
    basis = 'task-status';
    if (task === 'FAILURE') status = 'failed';
    else if (task === 'QUEUED') status = 'queued';
    else {
      const refined = classifyWording(masked(own.replace(TASK_STATUS, ' ')), handle !== undefined);
      status = refined === 'delegated' || refined === 'registered' ? refined : 'completed';
    }
  } else {
    const line = STATUS_LINE.exec(own)?.[1];
    const fromLine = line === undefined ? 'unknown' : classifyWording(masked(line), handle !== undefined);
    if (fromLine !== 'unknown') {
      status = fromLine;
      basis = 'status-line';
    } else {
      status = classifyWording(masked(own), handle !== undefined);
      basis = status === 'unknown' ? 'none' : 'wording';
    }
  }

  let registrarCode: string | undefined;
  let reason: string | undefined;
  if (status === 'failed') {
    const code = REGISTRAR_CODE.exec(own)?.[1];
    registrarCode = code !== undefined && code !== taskId ? code.toUpperCase() : task === 'FAILURE' ? 'TASK_FAILURE' : undefined;
    const labelledReason = REASON_LINE.exec(own)?.[1]?.trim();
    const worded = lines.map((l) => l.trim()).find((l) => l !== '' && (any(FAILED, l) || /TASK_FAILURE/i.test(l)));
    const chosen = labelledReason ?? worded ?? lines.map((l) => l.trim()).find((l) => l !== '');
    reason = chosen === undefined ? undefined : chosen.slice(0, 300);
  }
  const till = PAID_TILL.exec(own)?.[1];
  return { token, status, basis, taskId, handle, domain, registrarCode, reason, paidTill: till === undefined ? undefined : isoDate(till) };
}
