/** Loads the configured plugins the way the host does, without touching the configured store. */
import { Host, isHostError, type HostIssue, type ResolvedConfig } from '@registrar-kit/host';
import { CliError } from '../cli-error.js';
import { findConfig } from '../context.js';
import type { CommandIo } from '../main.js';

/** A host on an in-memory store: its problems and capabilities are exactly those of the real one. */
export async function inspectHost(config: ResolvedConfig, io: CommandIo): Promise<Host> {
  const { inbound: _listenerNotNeeded, ...rest } = config;
  return Host.create({ ...rest, store: { sqlite: ':memory:' } }, { env: io.env });
}

export interface Problem extends HostIssue {
  code: string;
  subject?: string;
}

/** The configuration and its problems; configuration errors come back as problems, not thrown. */
export async function configOrProblems(values: Record<string, string | boolean | undefined>, io: CommandIo): Promise<{ config: ResolvedConfig | undefined; problems: Problem[] }> {
  try {
    return { config: await findConfig(values, io, { raw: true }), problems: [] };
  } catch (error) {
    if (isHostError(error) && error.issues.length > 0) return { config: undefined, problems: error.issues.map((i) => ({ ...i, code: error.code })) };
    if (error instanceof CliError) throw error;
    if (isHostError(error)) return { config: undefined, problems: [{ code: error.code, path: '', message: error.message }] };
    throw error;
  }
}
