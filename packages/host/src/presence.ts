import { hostname } from 'node:os';
import type { Clock } from '@registrar-kit/sdk';
import type { Engine } from './engine/engine.js';
import type { HostRecord, Store } from './store/store.js';

export interface PresenceOptions {
  /** Seconds between heartbeats (real time). */
  intervalSeconds?: number;
  /** A host whose heartbeat is older than this many intervals is gone. */
  missedBeats?: number;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * This host's heartbeat row in the store, and the judgement of whether another host is gone:
 * stopped, silent for longer than `missedBeats` intervals, or — on this machine — a process that
 * no longer exists. Recovery only ever takes over work of a host that is gone.
 */
export class Presence {
  private timer: NodeJS.Timeout | undefined;
  private readonly record: HostRecord;
  private readonly intervalMs: number;
  private readonly missedBeats: number;

  constructor(
    private readonly engine: Engine,
    private readonly store: Store,
    private readonly clock: Clock,
    options: PresenceOptions = {},
  ) {
    const now = clock.now();
    this.record = { id: engine.hostId, hostname: hostname(), pid: process.pid, startedAt: now, heartbeatAt: now, stoppedAt: undefined };
    this.intervalMs = (options.intervalSeconds ?? 10) * 1000;
    this.missedBeats = options.missedBeats ?? 3;
  }

  get id(): string {
    return this.record.id;
  }

  async beat(): Promise<void> {
    await this.engine.heartbeat({ ...this.record, heartbeatAt: this.clock.now() });
  }

  start(): void {
    if (this.timer !== undefined) return;
    this.timer = setInterval(() => void this.beat().catch(() => undefined), this.intervalMs).unref();
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    const now = this.clock.now();
    await this.engine.heartbeat({ ...this.record, heartbeatAt: now, stoppedAt: now });
  }

  /** For each lease owner: why it is gone, or undefined while it is alive. */
  async judge(): Promise<(owner: string | undefined) => string | undefined> {
    const hosts = new Map((await this.store.listHosts()).map((h) => [h.id, h]));
    const now = this.clock.now().getTime();
    const here = hostname();
    return (owner) => {
      if (owner === this.record.id) return undefined;
      if (owner === undefined) return 'no host holds it';
      const host = hosts.get(owner);
      if (host === undefined) return 'its host never registered a heartbeat';
      if (host.stoppedAt !== undefined) return `its host stopped at ${host.stoppedAt.toISOString()}`;
      if (host.hostname === here && !processAlive(host.pid)) return `its host process ${host.pid} on ${here} no longer exists`;
      if (now - host.heartbeatAt.getTime() > this.intervalMs * this.missedBeats) return `its host's last heartbeat was at ${host.heartbeatAt.toISOString()}`;
      return undefined;
    };
  }
}
