/**
 * `@registrar-kit/plugin-epp`: a generic EPP plugin (RFC 5730–5734, RFC 3915, RFC 5910).
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { EppPluginSettings } from './settings.js';
