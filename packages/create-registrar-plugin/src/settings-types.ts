import { compile } from 'json-schema-to-typescript';

/**
 * `src/settings.ts`: the TypeScript type of the instance settings, generated from the manifest's
 * settings schema, so `ctx.settings` is typed by the same schema the host validates against.
 */
export async function settingsModule(schema: Record<string, unknown>): Promise<string> {
  return compile(schema, 'Settings', {
    bannerComment: "/* Generated from registrar-plugin.json's settings schema (see README: Settings). Do not edit by hand. */",
    additionalProperties: false,
    style: { singleQuote: true },
  });
}
