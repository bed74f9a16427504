/**
 * `createEppClient`: the `ctx.epp` a host (or the conformance suite) gives one plugin instance.
 * @module
 */
import type { Clock, Logger } from '../context.js';
import { RegistrarError } from '../errors.js';
import { redactor } from '../secrets.js';
import { connectEppTls, type EppConnect } from './connection.js';
import { commandXml, pollXml } from './messages.js';
import { EppPool, clTRIDGenerator, eppPoolKey } from './pool.js';
import { eppResultError, isEppSuccess } from './result-codes.js';
import type { EppClient, EppCommand, EppCommandOptions, EppResponse, EppServerProfile, EppSession, EppTlsOptions } from './types.js';

/** How a host or the conformance suite builds an {@link EppClient}. */
export interface EppClientOptions {
  /** Where debug lines (frames with credentials redacted) and warnings go. */
  log?: Logger;
  /** The instance's secret values: removed from every log line and error detail. */
  secrets?: readonly string[];
  /** Measures command durations for the log. Defaults to the system clock. */
  clock?: Clock;
  /** Opens the byte stream; defaults to TLS (`node:tls`). */
  connect?: EppConnect;
  /** TLS options laid over every profile's (the conformance suite's throwaway CA). */
  tls?: EppTlsOptions;
  /** The largest frame accepted from a server (default 16 MiB). */
  maxFrameBytes?: number;
  /**
   * Caps every wait (greeting, command, a call's own `timeoutMs`) whatever the profile says: the
   * conformance suite's fault timeout, a host's overall deadline.
   */
  maxTimeoutMs?: number;
}

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const systemClock: Clock = { now: () => new Date() };

/**
 * One EPP facility per plugin instance: a pool per server profile (host, port, clientId), shared
 * by every `session()` call naming it. See {@link EppSession} for the command contract.
 */
export function createEppClient(options: EppClientOptions = {}): EppClient {
  const pools = new Map<string, EppPool>();
  const nextClTRID = clTRIDGenerator();
  let closed = false;

  /** The instance's secrets, the profile's password and its client certificate's key. */
  const secretsOf = (profile: EppServerProfile): string[] => [...(options.secrets ?? []), profile.password, ...(profile.tls?.key === undefined ? [] : [profile.tls.key])];

  const poolFor = (profile: EppServerProfile): EppPool => {
    const key = eppPoolKey(profile);
    let pool = pools.get(key);
    if (pool === undefined) {
      pool = new EppPool(profile, {
        connect: options.connect ?? connectEppTls,
        tls: options.tls,
        log: options.log ?? silent,
        clock: options.clock ?? systemClock,
        clean: redactor(secretsOf(profile)),
        maxFrameBytes: options.maxFrameBytes,
        maxTimeoutMs: options.maxTimeoutMs,
        nextClTRID,
      });
      pools.set(key, pool);
    }
    return pool;
  };

  return {
    session(profile: EppServerProfile): EppSession {
      // The pool is looked up per call: after one session object closes it, the next call opens a new one.
      const pool = (): EppPool => {
        if (closed) throw new RegistrarError({ code: 'TRANSPORT', message: 'The registry connection failed', retryable: true, detail: 'the EPP client of this plugin instance is closed' });
        return poolFor(profile);
      };
      const clean = redactor(secretsOf(profile));
      const check = (response: EppResponse, allowError: boolean | undefined): EppResponse => {
        if (!isEppSuccess(response.code) && allowError !== true) throw eppResultError(response, { clean });
        return response;
      };
      const sendOptions = (label: string, o: EppCommandOptions | undefined): { clTRID?: string; timeoutMs?: number; label: string } => ({
        label,
        ...(o?.clTRID === undefined ? {} : { clTRID: o.clTRID }),
        ...(o?.timeoutMs === undefined ? {} : { timeoutMs: o.timeoutMs }),
      });
      return {
        greeting: async () => pool().greeting(),
        async command(command: EppCommand, o?: EppCommandOptions): Promise<EppResponse> {
          const label = `${command.verb}${command.op === undefined ? '' : `:${command.op}`} ${Object.keys(command.body)[0] ?? ''}`.trim();
          const response = await pool().send((clTRID) => commandXml(command, clTRID), sendOptions(label, o));
          return check(response, o?.allowError);
        },
        async pollRequest(o?: Omit<EppCommandOptions, 'allowError'>): Promise<EppResponse | null> {
          const response = check(await pool().send((clTRID) => pollXml('req', clTRID), sendOptions('poll:req', o)), false);
          return response.code === 1300 ? null : response;
        },
        async pollAck(msgId: string, o?: Omit<EppCommandOptions, 'allowError'>): Promise<EppResponse> {
          return check(await pool().send((clTRID) => pollXml('ack', clTRID, msgId), sendOptions('poll:ack', o)), false);
        },
        async close(): Promise<void> {
          const key = eppPoolKey(profile);
          const open = pools.get(key);
          if (open === undefined) return;
          pools.delete(key);
          await open.close();
        },
      };
    },
    async close(): Promise<void> {
      closed = true;
      const all = [...pools.values()];
      pools.clear();
      await Promise.all(all.map((pool) => pool.close()));
    },
  };
}
