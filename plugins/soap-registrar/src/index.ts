/**
 * `@registrar-kit/plugin-soap-registrar`: a Netim-style SOAP registrar API 2.0.
 * @packageDocumentation
 */
export { default } from './plugin.js';
export type { SoapRegistrarSettings } from './settings.js';
