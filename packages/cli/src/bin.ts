#!/usr/bin/env node
import { cliVersion } from './version.js';

// `spbe … | head` closes the pipe early: stop quietly, as other command-line tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  // The version alone needs neither the program nor commander: the same line `run` prints for it
  // (`spbe --lang en --version` goes through `run`; a test checks both agree), at the cost of a bare start.
  process.stdout.write(`${cliVersion}\n`);
} else {
  // Everything else loads the program, which loads only the commands the command line names.
  void Promise.all([import('./run.js'), import('./cli-io.js')]).then(async ([{ run }, { processIo }]) => {
    process.exitCode = await run(argv, processIo());
  });
}
