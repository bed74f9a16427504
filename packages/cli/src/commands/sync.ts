/** `registrar-kit sync [--domain d]`: read domains back from their registrars now, with progress and a summary. */
import { Host, isHostError } from '@registrar-kit/host';
import { CONFIG, parse } from '../args.js';
import { CliError, EXIT } from '../cli-error.js';
import { findConfig } from '../context.js';
import type { CommandIo } from '../main.js';
import { createOutput, paint, status } from '../output.js';

const HELP = `registrar-kit sync [--domain <name>] [--json] [--config <file>]

Asks each registrar for the domains it holds for this host (the plugin's info operation), at the
rate each instance's sync configuration allows, and records what changed — expiry, registry
statuses, name servers, lock, privacy — with a drift report in the Action Log. A domain the
registrar no longer has on the account becomes transferred-away; one whose expiry passed,
expired. A transport failure changes nothing. Without --domain, every domain that is due (never
synced, or synced longer ago than its instance's intervalHours) is read; domains with an
operation in flight are skipped.`;

export async function syncCommand(args: string[], io: CommandIo): Promise<number> {
  const { values } = parse('sync', args, { ...CONFIG, domain: { type: 'string' }, json: { type: 'boolean' } });
  const out = createOutput(io.stdout, io.stderr);
  if (values.help === true) return (out.line(HELP), EXIT.ok);
  const config = await findConfig(values, io);
  const host = await Host.create(config, { env: io.env });
  try {
    const summary = await host.sync
      .run({
        ...(typeof values.domain === 'string' ? { domain: values.domain } : {}),
        onProgress: (r) => {
          if (values.json === true) return;
          const changes = r.drift.map((d) => `${d.field} ${String(d.from ?? 'unknown')} → ${String(d.to ?? 'unknown')}`).join('; ');
          out.line(`${r.domain.padEnd(30)} ${status(out.colour, r.status ?? 'unknown')}  ${r.result}${changes === '' ? '' : `: ${changes}`}${r.reason === undefined ? '' : ` (${r.reason})`}`);
        },
      })
      .catch((error: unknown) => {
        if (isHostError(error) && error.code === 'NOT_FOUND') throw new CliError(`${error.message} — list them with "registrar-kit domains"`);
        throw error;
      });
    if (values.json === true) {
      out.line(JSON.stringify(summary, null, 2));
    } else {
      for (const n of summary.notSwept) out.line(paint(out.colour, 'yellow', `${n.instance}: not synced — ${n.reason}`));
      out.line(
        `Synced ${summary.checked} domain${summary.checked === 1 ? '' : 's'}: ${summary.updated} changed, ${summary.unchanged} unchanged, ${summary.skipped} skipped, ${summary.unknown} without an answer` +
          ` (${summary.expired} expired, ${summary.transferredAway} transferred away, ${summary.cancelled} cancelled, ${summary.redemption} in redemption)`,
      );
    }
    return summary.unknown > 0 ? EXIT.failed : EXIT.ok;
  } finally {
    await host.close();
  }
}
