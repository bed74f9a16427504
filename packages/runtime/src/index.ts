/**
 * `@registrar-kit/runtime`: how registrar-kit runs plugin code. The host, the conformance suite
 * and record mode all call plugins through {@link PluginRuntime}, so conformance fails a plugin
 * for exactly what the host would refuse.
 * @packageDocumentation
 */
export * from './answers.js';
export * from './deadline.js';
export * from './frozen.js';
export * from './handlers.js';
export * from './mail.js';
export * from './plain-json.js';
export * from './runtime.js';
export * from './thrown.js';
