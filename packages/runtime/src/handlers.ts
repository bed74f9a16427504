import type { OperationContext, Outcome, RegistrarPlugin } from '@registrar-kit/sdk';

export type AnyHandler = (input: unknown, ctx: OperationContext<unknown>) => Promise<Outcome> | Outcome;

/**
 * The handler of an operation: a standard one (`operations.register`) or a custom one
 * (`custom.zoneInit`). Own properties only, so `constructor` or `__proto__` never resolve to
 * something the plugin did not write.
 */
export function findHandler(plugin: RegistrarPlugin<unknown>, operation: string): AnyHandler | undefined {
  for (const table of [plugin.operations, plugin.custom] as const) {
    if (typeof table === 'object' && table !== null && Object.hasOwn(table, operation)) {
      const handler = (table as Record<string, unknown>)[operation];
      if (typeof handler === 'function') return handler as AnyHandler;
    }
  }
  return undefined;
}
