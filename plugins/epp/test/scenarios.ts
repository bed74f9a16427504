// The conformance scenarios of the EPP plugin, as source cassettes for record mode: each is a call
// (and, for pending work, an advance and a poll) without exchanges; recording them against the
// sandbox's EPP registry fills in the frames. `seedRegistry` puts the registry in the state the
// scenarios assume (domains, contacts, hosts, a transfer-out), through EPP itself.
import { EPP_NS, createEppClient, type Contact, type EppCommand } from '@registrar-kit/sdk';
import type { Sandbox } from '@registrar-kit/sandbox';
import { contactIdFor } from '../src/contacts.js';

export const PERSON: Contact = { type: 'person', firstName: 'John', lastName: 'Doe', address: ['123 Example Dr.', 'Suite 100'], postalCode: '20166-6503', city: 'Dulles', region: 'VA', country: 'US', phone: '+1.7035555555', email: 'jdoe@example.com' };
export const OTHER: Contact = { ...PERSON, firstName: 'Sara', lastName: 'Holt', email: 'sholt@example.com' };
export const NEW_OWNER: Contact = { ...PERSON, firstName: 'Jane', lastName: 'Roe', email: 'jroe@example.com' };
export const ADMIN: Contact = { ...PERSON, firstName: 'Max', lastName: 'Mustermann', email: 'hostmaster@example.com' };
const NS = [{ host: 'ns1.example.net' }, { host: 'ns2.example.net' }];

/** Cassette settings: the sandbox's login, the password as a secret placeholder. */
export const CASSETTE_SETTINGS = { host: 'epp.example.test', port: 700, clientId: 'registrar-kit', password: '{{secret:password}}' };

const idOf = (c: Contact): string => contactIdFor(c, 'RK');
/** Plugin state in which PERSON (and OTHER) already exist at the registry. */
const KNOWN_CONTACTS = { [`contact:${idOf(PERSON)}`]: idOf(PERSON), [`contact:${idOf(OTHER)}`]: idOf(OTHER) };

interface Skeleton {
  operation: string;
  scenario: string;
  kind: 'success' | 'registrar-error' | 'pending-completion' | 'other';
  description: string;
  state?: Record<string, string>;
  steps: Record<string, unknown>[];
}

const call = (operation: string, input: Record<string, unknown>) => ({ call: { operation, input }, exchanges: [] });
const pendingThenPoll = (operation: string, input: Record<string, unknown>) => [call(operation, input), { advance: { seconds: 600 } }, { poll: { refs: ['{{ref}}'] }, exchanges: [] }];

const SCENARIOS: Skeleton[] = [
  { operation: 'checkAvailability', scenario: 'available', kind: 'success', description: 'domain:check answers avail="1"', steps: [call('checkAvailability', { domain: 'example.com' })] },
  { operation: 'checkAvailability', scenario: 'taken', kind: 'success', description: 'domain:check answers avail="0" with a reason', steps: [call('checkAvailability', { domain: 'taken.com' })] },
  { operation: 'checkAvailability', scenario: 'command-failed', kind: 'registrar-error', description: 'domain:check answered 2400 (command failed): retryable', steps: [call('checkAvailability', { domain: 'fail-check.com' })] },
  { operation: 'register', scenario: 'success', kind: 'success', description: 'contact:create for the registrant, then domain:create answered 1000', steps: [call('register', { domain: 'example.com', period: 2, contacts: { registrant: NEW_OWNER }, nameservers: NS })] },
  { operation: 'register', scenario: 'pending-create', kind: 'pending-completion', description: 'domain:create answered 1001 (pendingCreate); a panData message (paResult 1) completes it', state: KNOWN_CONTACTS, steps: pendingThenPoll('register', { domain: 'pending.com', period: 1, contacts: { registrant: PERSON }, nameservers: NS }) },
  {
    operation: 'register',
    scenario: 'batch-poll',
    kind: 'pending-completion',
    description: 'two registrations answered 1001; one poll reads both panData messages from the queue',
    state: KNOWN_CONTACTS,
    steps: [
      call('register', { domain: 'pending-a.com', period: 1, contacts: { registrant: PERSON }, nameservers: NS }),
      call('register', { domain: 'pending-b.com', period: 1, contacts: { registrant: PERSON }, nameservers: NS }),
      { advance: { seconds: 600 } },
      { poll: { refs: ['create:pending-a.com', 'create:pending-b.com'] }, exchanges: [] },
    ],
  },
  { operation: 'register', scenario: 'object-exists', kind: 'registrar-error', description: 'domain:create of a name held elsewhere answered 2302', state: KNOWN_CONTACTS, steps: [call('register', { domain: 'taken.com', period: 1, contacts: { registrant: PERSON }, nameservers: NS })] },
  { operation: 'transfer', scenario: 'server-approved', kind: 'pending-completion', description: 'transfer op="request" answered 1001; a trnData message (serverApproved) completes it', steps: pendingThenPoll('transfer', { domain: 'example.net', authCode: '2fooBAR' }) },
  { operation: 'transfer', scenario: 'invalid-authinfo', kind: 'registrar-error', description: 'transfer op="request" with a wrong authInfo answered 2202', steps: [call('transfer', { domain: 'example.org', authCode: 'wrong-code' })] },
  { operation: 'renew', scenario: 'success', kind: 'success', description: 'domain:info for the current expiry, then domain:renew with curExpDate', steps: [call('renew', { domain: 'renew.com', period: 1 })] },
  { operation: 'renew', scenario: 'stale-expiry', kind: 'registrar-error', description: 'domain:renew with a curExpDate that is not the current expiry answered 2004', steps: [call('renew', { domain: 'renew.com', period: 1, currentExpiry: '2020-01-01' })] },
  { operation: 'cancel', scenario: 'success', kind: 'success', description: 'domain:delete answered 1000 (the domain enters its redemption period)', steps: [call('cancel', { domain: 'delete.com' })] },
  { operation: 'cancel', scenario: 'delete-prohibited', kind: 'registrar-error', description: 'domain:delete of a clientDeleteProhibited domain answered 2304', steps: [call('cancel', { domain: 'locked.com' })] },
  { operation: 'updateNameservers', scenario: 'success', kind: 'success', description: 'domain:info, then one domain:update adding and removing hostObj', steps: [call('updateNameservers', { domain: 'example.com', nameservers: [{ host: 'ns1.example.net' }, { host: 'ns2.example.org' }] })] },
  { operation: 'updateNameservers', scenario: 'not-found', kind: 'registrar-error', description: 'domain:info of an unknown name answered 2303', steps: [call('updateNameservers', { domain: 'unknown.com', nameservers: NS })] },
  { operation: 'updateContacts', scenario: 'success', kind: 'success', description: 'domain:info, contact:create for the new admin, then domain:update add / rem contact', state: KNOWN_CONTACTS, steps: [call('updateContacts', { domain: 'contacts.com', contacts: { admin: ADMIN } })] },
  { operation: 'updateContacts', scenario: 'not-found', kind: 'registrar-error', description: 'domain:info of an unknown name answered 2303', state: KNOWN_CONTACTS, steps: [call('updateContacts', { domain: 'unknown.com', contacts: { admin: OTHER } })] },
  { operation: 'changeRegistrant', scenario: 'success', kind: 'success', description: 'domain:update chg registrant (the contact exists)', state: KNOWN_CONTACTS, steps: [call('changeRegistrant', { domain: 'contacts.com', registrant: OTHER })] },
  { operation: 'changeRegistrant', scenario: 'not-found', kind: 'registrar-error', description: 'domain:update of an unknown name answered 2303', state: KNOWN_CONTACTS, steps: [call('changeRegistrant', { domain: 'unknown.com', registrant: OTHER })] },
  { operation: 'setRegistrarLock', scenario: 'success', kind: 'success', description: 'domain:info, then domain:update adding the three client*Prohibited statuses', steps: [call('setRegistrarLock', { domain: 'lock.com', locked: true })] },
  { operation: 'setRegistrarLock', scenario: 'not-found', kind: 'registrar-error', description: 'domain:info of an unknown name answered 2303', steps: [call('setRegistrarLock', { domain: 'unknown.com', locked: true })] },
  { operation: 'getAuthCode', scenario: 'success', kind: 'success', description: 'domain:info returns the authInfo to the sponsoring client', steps: [call('getAuthCode', { domain: 'renew.com' })] },
  { operation: 'getAuthCode', scenario: 'not-found', kind: 'registrar-error', description: 'domain:info of an unknown name answered 2303', steps: [call('getAuthCode', { domain: 'unknown.com' })] },
  { operation: 'setDnssec', scenario: 'success', kind: 'success', description: 'domain:update with secDNS:update rem all + add dsData', steps: [call('setDnssec', { domain: 'renew.com', dnssec: { ds: [{ keyTag: 12345, algorithm: 3, digestType: 1, digest: '49FD46E6C4B45C55D4AC' }] } })] },
  { operation: 'setDnssec', scenario: 'command-failed', kind: 'registrar-error', description: 'domain:update answered 2400 (command failed)', steps: [call('setDnssec', { domain: 'fail-dnssec.com', dnssec: { ds: [] } })] },
  { operation: 'info', scenario: 'success', kind: 'success', description: 'domain:info answered with infData: statuses, name servers, dates; the registrant, admin and tech (one contact id) read once with contact:info', steps: [call('info', { domain: 'renew.com' })] },
  { operation: 'info', scenario: 'not-found', kind: 'registrar-error', description: 'domain:info of an unknown name answered 2303', steps: [call('info', { domain: 'unknown.com' })] },
  { operation: 'createHost', scenario: 'success', kind: 'success', description: 'host:create with a v4 address under a domain of the client', steps: [call('createHost', { domain: 'hosts.com', host: 'ns1.hosts.com', ipv4: ['192.0.2.2'], ipv6: ['1080:0:0:0:8:800:200c:417a'] })] },
  { operation: 'createHost', scenario: 'object-exists', kind: 'registrar-error', description: 'host:create of an existing host answered 2302', steps: [call('createHost', { domain: 'hosts.com', host: 'ns2.hosts.com', ipv4: ['192.0.2.3'] })] },
  { operation: 'updateHost', scenario: 'success', kind: 'success', description: 'host:info, then host:update adding and removing addresses', steps: [call('updateHost', { domain: 'hosts.com', host: 'ns2.hosts.com', ipv4: ['192.0.2.22'] })] },
  { operation: 'updateHost', scenario: 'not-found', kind: 'registrar-error', description: 'host:info of an unknown host answered 2303', steps: [call('updateHost', { domain: 'hosts.com', host: 'ns9.hosts.com', ipv4: ['192.0.2.9'] })] },
  { operation: 'deleteHost', scenario: 'success', kind: 'success', description: 'host:delete answered 1000', steps: [call('deleteHost', { domain: 'hosts.com', host: 'ns3.hosts.com' })] },
  { operation: 'deleteHost', scenario: 'association-prohibits', kind: 'registrar-error', description: 'host:delete of a host a domain delegates to answered 2305', steps: [call('deleteHost', { domain: 'hosts.com', host: 'ns4.hosts.com' })] },
  { operation: 'restore', scenario: 'success', kind: 'success', description: 'domain:info, rgp:restore op="request", then op="report" (RFC 3915)', steps: [call('restore', { domain: 'restore.com' })] },
  { operation: 'restore', scenario: 'not-in-redemption', kind: 'registrar-error', description: 'rgp:restore op="request" for a domain not in its redemption period answered 2304', steps: [call('restore', { domain: 'renew.com' })] },
  { operation: 'approveTransferOut', scenario: 'success', kind: 'success', description: 'transfer op="approve" of a pending transfer away answered 1000', steps: [call('approveTransferOut', { domain: 'leaving.com' })] },
  { operation: 'approveTransferOut', scenario: 'not-pending', kind: 'registrar-error', description: 'transfer op="approve" with no transfer pending answered 2301', steps: [call('approveTransferOut', { domain: 'renew.com' })] },
  { operation: 'rejectTransferOut', scenario: 'success', kind: 'success', description: 'transfer op="reject" of a pending transfer away answered 1000', steps: [call('rejectTransferOut', { domain: 'staying.com' })] },
  { operation: 'rejectTransferOut', scenario: 'not-pending', kind: 'registrar-error', description: 'transfer op="reject" with no transfer pending answered 2301', steps: [call('rejectTransferOut', { domain: 'renew.com' })] },
];

/** The source cassettes (JSON text by relative path). */
export function sourceCassettes(): Map<string, string> {
  const files = new Map<string, string>();
  for (const s of SCENARIOS) {
    const cassette = {
      cassetteVersion: 1,
      operation: s.operation,
      scenario: s.scenario,
      kind: s.kind,
      description: s.description,
      settings: CASSETTE_SETTINGS,
      epp: { login: { clID: CASSETTE_SETTINGS.clientId, pw: '{{secret:password}}' } },
      ...(s.state === undefined ? {} : { state: s.state }),
      now: '2026-03-01T09:00:00.000Z',
      steps: s.steps,
    };
    files.set(`${s.operation}/${s.scenario}.json`, `${JSON.stringify(cassette, null, 2)}\n`);
  }
  return files;
}

const domainCmd = (verb: EppCommand['verb'], name: string, more: Record<string, unknown> = {}, op?: EppCommand['op']): EppCommand => ({
  verb,
  ...(op === undefined ? {} : { op }),
  body: { [`domain:${verb}`]: { '@_xmlns:domain': EPP_NS.domain, 'domain:name': name, ...more } },
});

/** Puts the sandbox's EPP registry in the state the scenarios expect. */
export async function seedRegistry(sandbox: Sandbox): Promise<void> {
  const ep = sandbox.endpoints.epp!;
  const client = createEppClient();
  const s = client.session({ host: ep.host, port: ep.port, clientId: ep.clientId, password: ep.password, tls: { ca: ep.ca } });
  for (const c of [PERSON, OTHER]) {
    await s.command({
      verb: 'create',
      body: {
        'contact:create': {
          '@_xmlns:contact': EPP_NS.contact,
          'contact:id': idOf(c),
          'contact:postalInfo': { '@_type': 'int', 'contact:name': `${c.firstName} ${c.lastName}`, 'contact:addr': { 'contact:street': c.address, 'contact:city': c.city, 'contact:cc': c.country } },
          'contact:voice': c.phone,
          'contact:email': c.email,
          'contact:authInfo': { 'contact:pw': 'seed-Pw-1' },
        },
      },
    });
  }
  const create = (name: string) =>
    s.command(domainCmd('create', name, { 'domain:ns': { 'domain:hostObj': NS.map((n) => n.host) }, 'domain:registrant': idOf(PERSON), 'domain:contact': [{ '@_type': 'admin', '#text': idOf(PERSON) }, { '@_type': 'tech', '#text': idOf(PERSON) }], 'domain:authInfo': { 'domain:pw': '2fooBAR' } }));
  for (const name of ['renew.com', 'delete.com', 'locked.com', 'contacts.com', 'lock.com', 'hosts.com', 'restore.com', 'leaving.com', 'staying.com', 'glue-user.com']) await create(name);
  await s.command(domainCmd('update', 'locked.com', { 'domain:add': { 'domain:status': { '@_s': 'clientDeleteProhibited' } } }));
  const host = (name: string, ip: string) => s.command({ verb: 'create', body: { 'host:create': { '@_xmlns:host': EPP_NS.host, 'host:name': name, 'host:addr': { '@_ip': 'v4', '#text': ip } } } });
  await host('ns2.hosts.com', '192.0.2.3');
  await host('ns3.hosts.com', '192.0.2.4');
  await host('ns4.hosts.com', '192.0.2.5');
  await s.command(domainCmd('update', 'glue-user.com', { 'domain:add': { 'domain:ns': { 'domain:hostObj': 'ns4.hosts.com' } } }));
  await s.command(domainCmd('delete', 'restore.com'));
  sandbox.eppRegistry!.requestTransferOut('leaving.com');
  sandbox.eppRegistry!.requestTransferOut('staying.com');
  // The transfer-out notices are for the operator, not for the scenarios' polls.
  for (let m = await s.pollRequest(); m !== null; m = await s.pollRequest()) await s.pollAck(m.msgQ!.id);
  await client.close();
}
