/**
 * The sessions to one EPP server: up to `maxConnections` logged-in connections, handed out one
 * command at a time in arrival order, kept alive with `<hello/>`, logged out on close.
 * @module
 */
import { randomBytes } from 'node:crypto';
import type { Clock, Logger } from '../context.js';
import { RegistrarError, isRegistrarError } from '../errors.js';
import { EppConnection, transportError, type EppConnect } from './connection.js';
import { helloXml, loginXml, logoutXml, parseResponse, redactEppXml } from './messages.js';
import { eppClosesSession, eppResultError, isEppSuccess } from './result-codes.js';
import type { EppGreeting, EppResponse, EppServerProfile, EppTlsOptions } from './types.js';

const DEFAULT_PORT = 700;
const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_KEEPALIVE_MS = 300_000;
const LOGOUT_TIMEOUT_MS = 5_000;

/** What a pool needs from its client. */
export interface EppPoolDeps {
  connect: EppConnect;
  /** Overrides merged over the profile's TLS options (conformance: its throwaway CA). */
  tls: EppTlsOptions | undefined;
  log: Logger;
  clock: Clock;
  /** Redacts the instance's secrets (and this profile's password) from text. */
  clean: (text: string) => string;
  maxFrameBytes: number | undefined;
  /** Caps every wait whatever the profile says. */
  maxTimeoutMs: number | undefined;
  nextClTRID: () => string;
}

interface Slot {
  connection: EppConnection;
  greeting: EppGreeting;
  busy: boolean;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
  released: Promise<void>;
  release: () => void;
}

interface Waiter {
  resolve(slot: Slot): void;
  reject(error: unknown): void;
}

/** One request/answer on a slot, as the pool's callers see it. */
export interface EppExchangeResult {
  response: EppResponse;
  slot: { greeting: EppGreeting };
}

export class EppPool {
  readonly key: string;
  private limit: number;
  private readonly slots = new Set<Slot>();
  private opening = 0;
  private readonly waiters: Waiter[] = [];
  private closing: Promise<void> | undefined;
  /** Set by {@link EppPool.close} before anything else, so queued commands fail at once. */
  private closed = false;
  private lastGreeting: EppGreeting | undefined;

  constructor(
    private readonly profile: EppServerProfile,
    private readonly deps: EppPoolDeps,
  ) {
    this.key = eppPoolKey(profile);
    this.limit = Math.max(1, Math.floor(profile.maxConnections ?? 1));
  }

  private get timeoutMs(): number {
    return this.capped(this.profile.commandTimeoutMs ?? DEFAULT_TIMEOUT_MS);
  }

  private capped(ms: number): number {
    return this.deps.maxTimeoutMs === undefined ? ms : Math.min(ms, this.deps.maxTimeoutMs);
  }

  /** How many sessions the pool may open now (lowered by a 2502). */
  get connectionLimit(): number {
    return this.limit;
  }

  /** The greeting of the last session opened (opens one when there is none). */
  async greeting(): Promise<EppGreeting> {
    if (this.lastGreeting !== undefined) return this.lastGreeting;
    return this.run(async (slot) => slot.greeting);
  }

  /**
   * Sends one document built by `build(clTRID)` on a free session and returns the parsed answer.
   * A session found dead before anything was written is replaced once (reconnect + login).
   */
  async send(
    build: (clTRID: string) => string,
    options: { clTRID?: string; timeoutMs?: number; label: string },
  ): Promise<EppResponse> {
    const clTRID = options.clTRID ?? this.deps.nextClTRID();
    if (clTRID.length < 3 || clTRID.length > 64 || /\s/.test(clTRID)) {
      throw new RegistrarError({ code: 'PROTOCOL', message: 'Invalid client transaction id', detail: 'a clTRID is 3–64 characters without spaces (RFC 5730 §2.5)' });
    }
    return this.run((slot) => this.exchange(slot, build(clTRID), clTRID, options.timeoutMs === undefined ? this.timeoutMs : this.capped(options.timeoutMs), options.label));
  }

  /** Logs out and closes every session; commands already running finish first, queued ones fail. */
  close(): Promise<void> {
    this.closed = true;
    this.closing ??= this.shutdown();
    return this.closing;
  }

  private async run<T>(work: (slot: Slot) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const slot = await this.acquire();
      try {
        if (slot.connection.closed) {
          // Lost while idle, before this command was written: safe to use a fresh session, once.
          if (attempt === 0) continue;
          throw transportError('the registry session was lost', false);
        }
        return await work(slot);
      } finally {
        this.release(slot);
      }
    }
  }

  private async exchange(slot: Slot, xml: string, clTRID: string, timeoutMs: number, label: string): Promise<EppResponse> {
    const started = this.deps.clock.now().getTime();
    this.deps.log.debug('epp send', { command: label, clTRID, xml: redactEppXml(xml, this.deps.clean) });
    const frame = await slot.connection.exchange(xml, timeoutMs);
    if (frame.kind !== 'response') {
      slot.connection.destroy('expected a <response>');
      throw new RegistrarError({ code: 'PROTOCOL', message: 'The registry answered with a malformed protocol message', detail: `expected a <response> to ${label}, got <${frame.kind}>` });
    }
    let response: EppResponse;
    try {
      response = parseResponse(frame.body);
    } catch (error) {
      slot.connection.destroy('unreadable response');
      throw new RegistrarError({ code: 'PROTOCOL', message: 'The registry answered with a malformed protocol message', detail: error instanceof Error ? error.message : String(error) });
    }
    this.deps.log.debug('epp answer', {
      command: label,
      clTRID,
      code: response.code,
      svTRID: response.svTRID,
      ms: this.deps.clock.now().getTime() - started,
      xml: redactEppXml(frame.xml, this.deps.clean),
    });
    if (response.clTRID !== undefined && response.clTRID !== clTRID) {
      slot.connection.destroy('answer for another transaction');
      throw new RegistrarError({
        code: 'PROTOCOL',
        message: 'The registry answered another transaction',
        detail: `sent clTRID ${clTRID}, the answer carries ${response.clTRID}; unknown whether the command was carried out`,
      });
    }
    if (eppClosesSession(response.code)) {
      // RFC 5730 §3: after a 25xx the server ends the session; never reuse it.
      slot.connection.destroy(`session ended by the registry (${response.code})`);
      if (response.code === 2502) this.shrink(this.slots.has(slot) ? this.slots.size - 1 : this.slots.size);
    }
    return response;
  }

  private acquire(): Promise<Slot> {
    return new Promise<Slot>((resolve, reject) => {
      this.waiters.push({ resolve, reject });
      this.pump();
    });
  }

  private release(slot: Slot): void {
    slot.busy = false;
    slot.release();
    if (slot.connection.closed) this.slots.delete(slot);
    else this.armKeepAlive(slot);
    this.pump();
  }

  private take(slot: Slot): Slot {
    slot.busy = true;
    clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    slot.released = new Promise<void>((resolve) => {
      slot.release = resolve;
    });
    return slot;
  }

  private pump(): void {
    while (this.waiters.length > 0) {
      if (this.closed) {
        for (const waiter of this.waiters.splice(0)) waiter.reject(transportError('the EPP session was closed', false));
        return;
      }
      const idle = [...this.slots].find((slot) => !slot.busy && !slot.connection.closed);
      if (idle !== undefined) {
        this.waiters.shift()?.resolve(this.take(idle));
        continue;
      }
      if (this.slots.size + this.opening < this.limit) {
        const waiter = this.waiters.shift();
        if (waiter !== undefined) this.openFor(waiter);
        continue;
      }
      return;
    }
  }

  private openFor(waiter: Waiter): void {
    this.opening++;
    this.open().then(
      (slot) => {
        this.opening--;
        if (this.closed) {
          void this.logout(slot);
          waiter.reject(transportError('the EPP session was closed', false));
        } else {
          this.slots.add(slot);
          slot.connection.onClose(() => {
            this.deps.log.debug('epp session closed', { server: this.key, why: slot.connection.closeReason });
            if (!slot.busy) this.drop(slot);
          });
          waiter.resolve(this.take(slot));
        }
        this.pump();
      },
      (error: unknown) => {
        this.opening--;
        if (isRegistrarError(error) && error.registrarCode === '2502' && this.slots.size > 0) {
          // The server allows fewer sessions than configured: live with the ones open.
          this.shrink(this.slots.size);
          this.waiters.unshift(waiter);
        } else {
          if (isRegistrarError(error) && error.registrarCode === '2502') this.shrink(1);
          waiter.reject(error);
        }
        this.pump();
      },
    );
  }

  private shrink(to: number): void {
    const limit = Math.max(1, to);
    if (limit >= this.limit) return;
    this.deps.log.warn('epp session limit reached; pool shrunk', { server: this.key, from: this.limit, to: limit });
    this.limit = limit;
  }

  private drop(slot: Slot): void {
    clearTimeout(slot.idleTimer);
    this.slots.delete(slot);
    this.pump();
  }

  /** Connects, reads the greeting and logs in with the services both sides know. */
  private async open(): Promise<Slot> {
    const { profile, deps } = this;
    const port = profile.port ?? DEFAULT_PORT;
    let socket;
    try {
      socket = deps.connect({ host: profile.host, port, tls: { ...profile.tls, ...deps.tls } });
    } catch (error) {
      throw transportError(`could not connect to ${profile.host}:${port}`, false, error);
    }
    const connection = new EppConnection(socket, {
      greetingTimeoutMs: this.timeoutMs,
      ...(deps.maxFrameBytes === undefined ? {} : { maxFrameBytes: deps.maxFrameBytes }),
    });
    try {
      const greeting = await connection.greeting();
      const pick = (wanted: readonly string[] | undefined, offered: readonly string[]): string[] =>
        wanted === undefined ? [...offered] : wanted.filter((uri) => offered.includes(uri));
      const objURIs = pick(profile.objects, greeting.objURIs);
      if (objURIs.length === 0) {
        throw new RegistrarError({
          code: 'UNSUPPORTED',
          message: 'The registry offers none of the object services this plugin needs',
          detail: `asked for ${JSON.stringify(profile.objects ?? [])}, the greeting offers ${JSON.stringify(greeting.objURIs)}`,
        });
      }
      const slot: Slot = { connection, greeting, busy: true, idleTimer: undefined, released: Promise.resolve(), release: () => undefined };
      const clTRID = deps.nextClTRID();
      const xml = loginXml({
        clientId: profile.clientId,
        password: profile.password,
        version: greeting.versions.includes('1.0') ? '1.0' : (greeting.versions[0] ?? '1.0'),
        lang: profile.lang ?? 'en',
        objURIs,
        extURIs: pick(profile.extensions, greeting.extURIs),
        clTRID,
      });
      const login = await this.exchange(slot, xml, clTRID, this.timeoutMs, 'login');
      if (!isEppSuccess(login.code)) throw eppResultError(login, { during: 'login', clean: deps.clean });
      this.lastGreeting = greeting;
      return slot;
    } catch (error) {
      connection.destroy('login failed');
      throw error;
    }
  }

  private armKeepAlive(slot: Slot): void {
    const every = this.profile.keepAliveMs ?? DEFAULT_KEEPALIVE_MS;
    if (every <= 0 || this.closed) return;
    clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      if (slot.busy || slot.connection.closed || this.closed) return;
      this.take(slot);
      slot.connection
        .exchange(helloXml(), this.timeoutMs)
        .then((frame) => {
          if (frame.kind !== 'greeting') slot.connection.destroy('expected a <greeting> for <hello/>');
          else this.deps.log.debug('epp keep-alive', { server: this.key });
        })
        .catch((error: unknown) => {
          this.deps.log.warn('epp keep-alive failed; the session will be reopened when needed', {
            server: this.key,
            detail: isRegistrarError(error) ? error.detail : String(error),
          });
        })
        .finally(() => this.release(slot));
    }, every);
    slot.idleTimer.unref?.();
  }

  private async logout(slot: Slot): Promise<void> {
    clearTimeout(slot.idleTimer);
    if (slot.connection.closed) return;
    try {
      const clTRID = this.deps.nextClTRID();
      await this.exchange(slot, logoutXml(clTRID), clTRID, this.capped(LOGOUT_TIMEOUT_MS), 'logout');
    } catch (error) {
      this.deps.log.debug('epp logout failed', { server: this.key, detail: isRegistrarError(error) ? error.detail : String(error) });
    } finally {
      slot.connection.end();
    }
  }

  private async shutdown(): Promise<void> {
    this.pump(); // rejects queued commands
    const slots = [...this.slots];
    await Promise.all(
      slots.map(async (slot) => {
        await slot.released;
        await this.logout(slot);
      }),
    );
    this.slots.clear();
  }
}

/** Same host, port and clientId: same pool. */
export function eppPoolKey(profile: Pick<EppServerProfile, 'host' | 'port' | 'clientId'>): string {
  return `${profile.host.toLowerCase()}:${profile.port ?? DEFAULT_PORT}:${profile.clientId}`;
}

/** Client transaction ids unique across processes: a random prefix and a counter. */
export function clTRIDGenerator(): () => string {
  const prefix = `rk-${randomBytes(4).toString('hex')}`;
  let counter = 0;
  return () => `${prefix}-${++counter}`;
}
