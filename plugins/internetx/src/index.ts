/**
 * `@registrar-kit/plugin-internetx`: InterNetX AutoDNS — XML gateway over HTTPS, results by e-mail.
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { InternetXSettings } from './plugin.js';
export { parseNotification, type JobNotification } from './protocol/notification.js';
