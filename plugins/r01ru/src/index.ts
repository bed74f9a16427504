/**
 * `@registrar-kit/plugin-r01ru`: R01.RU, an e-mail-only registrar (koi8-r templates, client then domain).
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { R01Settings } from './settings.js';
export { parseReply, type Reply, type ReplyStatus } from './protocol/replies.js';
export { composeRequest, type Authorization, type Template, type PersonTemplate, type OrganizationTemplate, type DomainTemplate } from './protocol/templates.js';
