/**
 * `@registrar-kit/sdk`: the contract between registrar-kit hosts and registrar plugins.
 * @packageDocumentation
 */
export * from './errors.js';
export * from './domain-name.js';
export * from './contact.js';
export * from './model.js';
export * from './operations.js';
export * from './outcome.js';
export * from './context.js';
export * from './http.js';
export * from './epp/index.js';
export * from './secrets.js';
export * from './json-schema.js';
export * from './manifest.js';
export * from './validate-input.js';
export * from './plugin.js';
export * from './loader.js';
export { SDK_VERSION, SUPPORTED_MANIFEST_VERSIONS, manifestSchema } from './version.js';
