// The console is static files: a server serves this directory at /console (index.html for the
// client routes, the hashed files under assets/ with a long cache).
import { fileURLToPath } from 'node:url';

export const consoleDir = fileURLToPath(new URL('./dist/', import.meta.url));
