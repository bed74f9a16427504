/**
 * `@registrar-kit/plugin-internetx`: InterNetX AutoDNS — XML gateway over HTTPS, job results by
 * notification mail or the message queue; renewals are done by the registrar itself.
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { InternetXSettings } from './settings.js';
export { parseNotification, type JobNotification } from './protocol/notification.js';
