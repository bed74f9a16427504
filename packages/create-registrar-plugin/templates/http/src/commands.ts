import type { RegistrarError } from '@registrar-kit/sdk';

/**
 * The registrar commands the plugin sends, with what each takes and what its answer carries once
 * read. `protocol.ts` turns them into the registrar's wire format and back.
 */
export interface Commands {
  check: { params: { domain: string }; data: { available: boolean; reason?: string } };
  info: { params: { domain: string }; data: { status: string; expiresAt?: string; nameservers: string[]; locked: boolean } };
}

export type Command = keyof Commands;

/** A command's answer: its data, or the registrar's refusal as a normalized error. */
export type Reply<C extends Command> = { ok: true; data: Commands[C]['data'] } | { ok: false; error: RegistrarError };
