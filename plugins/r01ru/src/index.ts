/**
 * `@registrar-kit/plugin-r01ru`: R01.RU, an e-mail-only registrar (koi8-r templates, client then domain).
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { R01Settings } from './plugin.js';
export { parseReply, type Reply, type ReplyKind } from './protocol/replies.js';
export { composeRequest, type Template, type Authorization } from './protocol/templates.js';
