import { describe, expect, it } from 'vitest';
import { ownLines, parseReply } from './replies.js';

/**
 * The layouts the parser is written for (R01's wording is not public; these are modelled, see
 * the README): short English robot lines, Russian prose, labelled key: value blocks, TASK_* status
 * names from the partner API vocabulary, and replies quoting or echoing our request.
 */
describe('parseReply', () => {
  it('reads a Russian "queued" notice with the task number', () => {
    const r = parseReply('Re: [RK:op-1:client] NEW PERSON', 'Здравствуйте!\n\nЗадание № 700123 поставлено в очередь.\n');
    expect(r).toMatchObject({ token: { operationId: 'op-1', stage: 'client' }, status: 'queued', basis: 'wording', taskId: '700123' });
  });

  it('reads an English "queued" notice in a labelled block', () => {
    const r = parseReply('[RK:op-1:domain] NEW DOMAIN example.ru', 'Task id: 700124\nDomain: EXAMPLE.RU\nStatus: accepted, waiting in the queue\n');
    expect(r).toMatchObject({ status: 'queued', basis: 'status-line', taskId: '700124', domain: 'example.ru' });
  });

  it('reads "client registered" with a -GPT handle, in English and in Russian', () => {
    expect(parseReply('Re: [RK:op-1:client] NEW PERSON', 'Task 700123: client registered.\nnic-hdl: IVANOV-GPT\n')).toMatchObject({ status: 'registered', handle: 'IVANOV-GPT', taskId: '700123' });
    expect(parseReply('Re: [RK:op-1:client] NEW ORGANIZATION', 'Задание 700123 из очереди выполнено: клиент mycompany_1_x-org-gpt зарегистрирован.')).toMatchObject({ status: 'registered', handle: 'MYCOMPANY_1_X-ORG-GPT' });
  });

  it('reads a labelled handle without the partner suffix', () => {
    expect(parseReply('x', 'Client created\nhandle: ACME-RIPN\n')).toMatchObject({ status: 'registered', handle: 'ACME-RIPN' });
  });

  it('reads a handle labelled nic_hdl, the spelling of R01 (help.r01.ru mail_interface.html, "Template block")', () => {
    expect(parseReply('Re: [RK:op-1:client] NEW PERSON', 'Task 700125 completed.\nClient registered.\nnic_hdl: PETROV12\n')).toMatchObject({ status: 'registered', handle: 'PETROV12' });
  });

  it('tells "registered" from "registered and delegated", and "not delegated" from "delegated"', () => {
    expect(parseReply('[RK:op-2:domain]', 'DOMAIN EXAMPLE.RU IS REGISTERED AND DELEGATED')).toMatchObject({ status: 'delegated', domain: 'example.ru' });
    expect(parseReply('[RK:op-2:domain]', 'Домен example.ru зарегистрирован и делегирован.\nОплачен до: 15.01.2027')).toMatchObject({ status: 'delegated', paidTill: '2027-01-15' });
    expect(parseReply('[RK:op-2:domain]', 'Домен example.ru зарегистрирован, но не делегирован.')).toMatchObject({ status: 'registered' });
    expect(parseReply('[RK:op-2:domain]', 'Domain example.ru registered. State: NOT DELEGATED')).toMatchObject({ status: 'registered' });
    expect(parseReply('[RK:op-2:domain]', 'Домен example.ru зарегистрирован; делегирование займёт до 6 часов.')).toMatchObject({ status: 'registered' });
  });

  it('never reads a domain name or a handle as the wording of the reply', () => {
    expect(parseReply('Re: x', 'Домен error-pages.ru зарегистрирован и делегирован').status).toBe('delegated');
    expect(parseReply('Re: x', 'Domain invalid-dns.ru registered').status).toBe('registered');
    expect(parseReply('Re: x', 'Client registered, nic-hdl: ERROR-GPT')).toMatchObject({ status: 'registered', handle: 'ERROR-GPT' });
    expect(parseReply('Re: x', 'Domain error-pages.ru: registration refused, error 2302').status).toBe('failed');
  });

  it('does not take a promise for a result', () => {
    expect(parseReply('[RK:op-2:domain]', 'Request accepted. The domain will be registered after processing.')).toMatchObject({ status: 'queued' });
    expect(parseReply('[RK:op-2:domain]', 'Заявка принята, домен будет зарегистрирован и делегирован в течение суток.')).toMatchObject({ status: 'queued' });
    expect(parseReply('[RK:op-2:update]', 'Request processed without errors.')).toMatchObject({ status: 'completed' });
  });

  it('lets a TASK_* status name decide, refined by the wording', () => {
    expect(parseReply('x', 'taskid=42042 status=TASK_QUEUED')).toMatchObject({ status: 'queued', basis: 'task-status', taskId: '42042' });
    expect(parseReply('x', 'taskid=42042 TASK_SUCCESS domain example.su delegated')).toMatchObject({ status: 'delegated', basis: 'task-status', domain: 'example.su' });
    expect(parseReply('x', 'taskid=42042 TASK_SUCCESS')).toMatchObject({ status: 'completed' });
    expect(parseReply('x', 'taskid=42042 TASK_FAILURE')).toMatchObject({ status: 'failed', registrarCode: 'TASK_FAILURE', reason: 'taskid=42042 TASK_FAILURE' });
  });

  it('reads failures with the reason and the registrar code, in both languages', () => {
    expect(parseReply('[RK:op-2:domain]', 'Ошибка: неверный ИНН\nЗадание 42042 отклонено')).toMatchObject({ status: 'failed', taskId: '42042', reason: 'неверный ИНН', registrarCode: undefined });
    expect(parseReply('Re: [RK:op-2:domain] NEW DOMAIN example.ru', 'Request rejected.\nError code: 2302\nReason: domain example.ru is already registered')).toMatchObject({ status: 'failed', registrarCode: '2302', reason: 'domain example.ru is already registered' });
    expect(parseReply('Request failed', 'Task 700200')).toMatchObject({ status: 'failed', reason: 'Request failed', taskId: '700200' });
  });

  it('ignores quoted text and an echoed request when classifying, but finds our token there', () => {
    const text = [
      'Your request has been queued, task 700300.',
      '',
      '> action: NEW',
      '> password: hunter2',
      '> error in your last mail',
    ].join('\n');
    expect(parseReply('Re: NEW PERSON', text)).toMatchObject({ status: 'queued', taskId: '700300', token: undefined });
    const echoed = ['Задание 700301 принято.', 'action: UPDATE', 'password: hunter2', '#[DOMAIN TEMPLATE]#', 'domain: other.ru', 'descr: invalid', '#[TEMPLATES END]#', '[RK:op-7:update]'].join('\n');
    expect(parseReply('Re: UPDATE', echoed)).toMatchObject({ status: 'queued', domain: undefined, token: { operationId: 'op-7', stage: 'update' } });
    expect(ownLines('ok\n-----Original Message-----\nerror')).toEqual(['ok']);
    expect(ownLines('ok\nOn Thu, 15 Jan 2026, robot wrote:\nerror')).toEqual(['ok']);
  });

  it('reads a Cyrillic domain name as its A-label', () => {
    expect(parseReply('x', 'Домен ПРИМЕР.РФ зарегистрирован и делегирован')).toMatchObject({ status: 'delegated', domain: 'xn--e1afmkfd.xn--p1ai' });
  });

  it('says unknown when nothing documented is there', () => {
    expect(parseReply('Newsletter', 'Our office is closed on Monday.')).toMatchObject({ status: 'unknown', basis: 'none', token: undefined, taskId: undefined });
  });
});
