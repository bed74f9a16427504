import type { JsonSchema, TldRules } from '@registrar-kit/sdk';

function fieldNames(schema: JsonSchema): { required: string[]; optional: string[] } {
  const s = schema as { properties?: Record<string, unknown>; required?: unknown };
  const required = Array.isArray(s.required) ? s.required.filter((r): r is string => typeof r === 'string') : [];
  const optional = Object.keys(s.properties ?? {}).filter((k) => !required.includes(k));
  return { required, optional };
}

const years = (list: readonly number[]): string => `${list.join(', ')} year${list.length === 1 && list[0] === 1 ? '' : 's'}`;

/**
 * The per-extension rules (the manifest's `tlds`: seed 004's "per-extension rules") that apply to
 * one operation, in words for staff: the capability matrix shows them beside the mode, and the
 * router enforces them at input validation (`checkOperationInput`) — the same data, so what
 * staff read is what is refused.
 */
export function restrictionsFor(operation: string, rules: TldRules): string[] | undefined {
  const out: string[] = [];
  const ns = (): void => {
    const { min, max } = rules.nameservers ?? {};
    if (min !== undefined && max !== undefined) out.push(`${min}–${max} name servers`);
    else if (min !== undefined) out.push(`at least ${min} name servers`);
    else if (max !== undefined) out.push(`at most ${max} name servers`);
    if (rules.dnsTestRequired === true) out.push('name servers must pass a DNS test (they answer for the zone) before they are sent');
  };
  const extra = (): void => {
    if (rules.extraFields === undefined) return;
    const { required, optional } = fieldNames(rules.extraFields);
    const parts = [...(required.length > 0 ? [`${required.join(', ')} required`] : []), ...(optional.length > 0 ? [`${optional.join(', ')} optional`] : [])];
    out.push(`registrant extra fields: ${parts.length > 0 ? parts.join('; ') : 'see the plugin'}`);
  };
  switch (operation) {
    case 'register':
      if (rules.registerPeriods !== undefined) out.push(`periods: ${years(rules.registerPeriods)}`);
      ns();
      extra();
      if (rules.idn === false) out.push('no internationalized names');
      break;
    case 'transfer':
      if (rules.authCodeRequired === true) out.push('auth code required');
      ns();
      extra();
      break;
    case 'renew':
      if (rules.renewPeriods !== undefined) out.push(`periods: ${years(rules.renewPeriods)}`);
      break;
    case 'updateNameservers':
      ns();
      break;
    case 'updateContacts':
    case 'changeRegistrant':
      extra();
      break;
    default:
      break;
  }
  if (rules.notes !== undefined && (operation === 'register' || operation === 'transfer')) out.push(rules.notes);
  return out.length === 0 ? undefined : out;
}
