#!/usr/bin/env node
import { main } from '../dist/main.js';

// A reader that stops early (`registrar-kit log | head`) closes the pipe: that is the reader's
// choice, not an error to print a stack trace for.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
