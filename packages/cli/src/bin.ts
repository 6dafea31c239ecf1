#!/usr/bin/env node
import { processIo } from './cli-io.js';
import { run } from './run.js';

// `spbe … | head` closes the pipe early: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

void run(process.argv.slice(2), processIo()).then((code) => {
  process.exitCode = code;
});
