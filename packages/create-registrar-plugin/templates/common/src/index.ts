/**
 * `__PACKAGE__`: the __NAME__ registrar plugin for registrar-kit.
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { Settings } from './settings.js';
