/**
 * `create-registrar-plugin`: scaffold a registrar-kit plugin package that passes the conformance
 * suite out of the box.
 * @packageDocumentation
 */
export { main, type CliIo } from './cli.js';
export { scaffold, nextSteps, ScaffoldError, type ScaffoldOptions, type ScaffoldResult, type ScaffoldErrorCode } from './scaffold.js';
export { TRANSPORTS, TRANSPORT_SPECS, isTransport, type Transport, type TransportSpec } from './transports.js';
export { ID_PATTERN, idProblem, nameFromId } from './id.js';
export { buildManifest, type PluginIdentity } from './manifest.js';
export { buildPackageJson, packageName } from './package-json.js';
export { detectPackageManager, ciWorkflow, type PackageManager } from './package-manager.js';
export { VERSIONS } from './versions.js';
