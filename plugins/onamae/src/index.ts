/**
 * `@registrar-kit/plugin-onamae`: the Onamae registrar (synchronous HTTPS, transfers polled).
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { OnamaeSettings } from './plugin.js';
