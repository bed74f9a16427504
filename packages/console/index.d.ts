/**
 * `@registrar-kit/console`: the operator console's built files.
 * @packageDocumentation
 */

/** The absolute path of the built console (`index.html`, `assets/`), with a trailing separator. */
export declare const consoleDir: string;
