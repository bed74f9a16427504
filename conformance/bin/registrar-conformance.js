#!/usr/bin/env node
// Committed (not built) so that a fresh install can link the command before `dist/` exists;
// the CLI itself runs when its module loads.
import '../dist/cli.js';
