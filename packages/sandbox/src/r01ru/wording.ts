/**
 * What the simulated R01 robot writes back, in the simulator's reply language (RU by default;
 * R01's request format has no language line, help.r01.ru/partner/en/mail_interface.html). R01's real
 * wording is not public (plugins/r01ru/README.md, "Modelled"); these texts follow the layouts the plugin models
 * in its cassettes: a task number (`Задание N 700123` / `Task 700123`), short status sentences, a
 * `nic_hdl:` line (R01's spelling of the handle) for a new client, `Оплачен до:` / `paid-till:` after a registration or renewal,
 * and for a refusal `Код ошибки:` / `Error code:` with a `Причина:` / `Reason:` line.
 * Nothing here ever quotes the request (its authorization block holds the password).
 */

export type Lang = 'RU' | 'EN';

/** Why a request is refused; each maps to one registrar error code and one reason sentence. */
export type Refusal =
  | { why: 'auth' }
  | { why: 'missing'; field: string }
  | { why: 'format'; field: string }
  | { why: 'nserver-count'; count: number }
  | { why: 'layout'; detail: string }
  | { why: 'kind-mismatch'; handle: string; template: string }
  | { why: 'taken'; domain: string }
  | { why: 'domain-not-found'; domain: string }
  | { why: 'client-not-found'; handle: string }
  | { why: 'not-registered-yet'; domain: string }
  | { why: 'registry-down' };

/** Modelled error codes (R01 publishes none for the mail interface). */
export const ERROR_CODES: Record<Refusal['why'], string> = {
  auth: '101',
  missing: '102',
  format: '102',
  'nserver-count': '102',
  layout: '103',
  'kind-mismatch': '104',
  taken: '2302',
  'domain-not-found': '2303',
  'client-not-found': '2303',
  'not-registered-yet': '2304',
  'registry-down': '2400',
};

function reason(r: Refusal, lang: Lang): string {
  const ru = lang === 'RU';
  switch (r.why) {
    case 'auth':
      return ru ? 'Ошибка авторизации: неверный пароль почтового интерфейса или номер договора' : 'authorization failed: wrong mail interface password or agreement number';
    case 'missing':
      return ru ? `не указано обязательное поле ${r.field}` : `required field ${r.field} is missing`;
    case 'format':
      return ru ? `неверный формат поля ${r.field}` : `invalid format of field ${r.field}`;
    case 'nserver-count':
      return ru ? `неверное количество серверов имён (nserver): ${r.count}, допускается от 2 до 5` : `invalid number of name servers (nserver): ${r.count}, 2 to 5 are required`;
    case 'layout':
      return ru ? `неверный формат заявки (${r.detail})` : `invalid request format (${r.detail})`;
    case 'kind-mismatch':
      return ru ? `неверный шаблон ${r.template} для клиента ${r.handle}` : `invalid template ${r.template} for client ${r.handle}`;
    case 'taken':
      return ru ? `домен ${r.domain} уже зарегистрирован` : `domain ${r.domain} is already registered`;
    case 'domain-not-found':
      return ru ? `домен ${r.domain} не найден среди доменов договора` : `domain ${r.domain} not found in the agreement`;
    case 'client-not-found':
      return ru ? `клиент ${r.handle} не найден среди клиентов договора` : `client ${r.handle} not found in the agreement`;
    case 'not-registered-yet':
      return ru ? `изменение запрещено: регистрация домена ${r.domain} ещё не завершена` : `change prohibited: the registration of domain ${r.domain} is still in progress`;
    case 'registry-down':
      return ru ? 'внутренняя ошибка системы регистрации, повторите запрос позже' : 'internal error of the registration system, try again later';
  }
}

const SIGNATURE = ['', '--', 'R01 robot (registrar-kit sandbox). Please do not reply to this message.'];

const body = (lines: string[]): string => [...lines, ...SIGNATURE, ''].join('\n');

/** DD.MM.YYYY (RU) or YYYY.MM.DD (EN), UTC. */
export function paidTill(iso: string, lang: Lang): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return lang === 'RU' ? `${d}.${m}.${y}` : `${y}.${m}.${d}`;
}

export const wording = {
  refused(lang: Lang, r: Refusal, task?: number): string {
    const code = ERROR_CODES[r.why];
    if (lang === 'RU') return body([task === undefined ? 'Заявка не принята.' : `Задание N ${task} не выполнено.`, `Код ошибки: ${code}`, `Причина: ${reason(r, lang)}`]);
    return body([task === undefined ? 'Request rejected.' : `Task ${task}: request rejected.`, `Error code: ${code}`, `Reason: ${reason(r, lang)}`]);
  },

  queued(lang: Lang, task: number, domain?: string): string {
    if (lang === 'RU') return body([`Задание N ${task} поставлено в очередь.`, ...(domain === undefined ? [] : [`Домен: ${domain}`])]);
    return body([`Task ${task} queued.`, ...(domain === undefined ? [] : [`Domain: ${domain}`])]);
  },

  clientRegistered(lang: Lang, task: number, handle: string): string {
    if (lang === 'RU') return body([`Задание N ${task} выполнено.`, 'Клиент зарегистрирован.', `nic_hdl: ${handle}`]);
    return body([`Task ${task} completed.`, 'Client registered.', `nic_hdl: ${handle}`]);
  },

  /** Registered, delegation still to come: the plugin keeps waiting (step domain-registered). */
  domainRegistered(lang: Lang, task: number, domain: string): string {
    if (lang === 'RU') return body([`Задание N ${task}: домен ${domain} зарегистрирован. Делегирование займёт до 6 часов.`]);
    return body([`Task ${task}: domain ${domain} has been registered. Delegation takes up to 6 hours.`]);
  },

  /** Registered and delegated: the completion mail (docs/registrars/r01ru.md#registration-client-then-domain). */
  domainDelegated(lang: Lang, task: number, domain: string, expiresAt: string): string {
    if (lang === 'RU') return body([`Задание N ${task} выполнено.`, `Домен ${domain} зарегистрирован и делегирован.`, `Оплачен до: ${paidTill(expiresAt, lang)}`]);
    return body([`Task ${task} completed.`, `Domain ${domain} has been registered and delegated.`, `paid-till: ${paidTill(expiresAt, lang)}`]);
  },

  prolonged(lang: Lang, task: number, domain: string, expiresAt: string): string {
    if (lang === 'RU') return body([`Задание N ${task} выполнено: регистрация домена ${domain} продлена.`, `Оплачен до: ${paidTill(expiresAt, lang)}`]);
    return body([`Task ${task} completed: domain ${domain} prolonged.`, `paid-till: ${paidTill(expiresAt, lang)}`]);
  },

  domainUpdated(lang: Lang, task: number, domain: string): string {
    if (lang === 'RU') return body([`Задание N ${task} выполнено: данные домена ${domain} изменены.`]);
    return body([`Task ${task} completed: domain ${domain} updated.`]);
  },

  clientUpdated(lang: Lang, task: number, handle: string): string {
    if (lang === 'RU') return body([`Задание N ${task} выполнено: данные администратора ${handle} изменены.`]);
    return body([`Task ${task} completed: client ${handle} updated.`]);
  },
};
