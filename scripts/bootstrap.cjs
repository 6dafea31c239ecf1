/*
 * The two commands of the quick start, on a machine that has only Node.js and npm:
 *   npm run demo   -> bootstrap, build what the sample needs, start it
 *   npm test       -> bootstrap, run the whole quality gate
 *
 * Written in plain CommonJS without modern syntax so that an old Node.js can read it
 * far enough to say clearly that it is too old.
 */
'use strict';

var childProcess = require('child_process');
var fs = require('fs');
var path = require('path');

var ROOT = path.resolve(__dirname, '..');
var REQUIRED_NODE = [20, 19];
var PNPM_VERSION = '12.4.2';
var TOOLS_DIR = path.join(ROOT, '.tools', 'pnpm');

var mode = process.argv[2];
var passThrough = process.argv.slice(3);
var steps = mode === 'demo' ? 4 : 3;
var stepNumber = 0;

function step(text) {
  stepNumber += 1;
  process.stdout.write('\n[spbe-kit ' + stepNumber + '/' + steps + '] ' + text + '\n');
}

function fail(text) {
  process.stderr.write('\n[spbe-kit] ' + text + '\n');
  process.exit(1);
}

function checkNode() {
  var parts = process.versions.node.split('.');
  var major = parseInt(parts[0], 10);
  var minor = parseInt(parts[1], 10);
  if (major < REQUIRED_NODE[0] || (major === REQUIRED_NODE[0] && minor < REQUIRED_NODE[1])) {
    fail(
      'Node.js ' +
        process.versions.node +
        ' is too old: developing spbe-kit needs Node.js ' +
        REQUIRED_NODE.join('.') +
        ' or newer (Node.js 20 LTS, 22 or 24).\n' +
        'Node.js ' +
        process.versions.node +
        ' terlalu lama: pengembangan spbe-kit memerlukan Node.js ' +
        REQUIRED_NODE.join('.') +
        ' atau yang lebih baru.\n' +
        'Install a current release from https://nodejs.org and run the command again.',
    );
  }
}

function run(command, args, options) {
  var result = childProcess.spawnSync(command, args, {
    cwd: ROOT,
    stdio: (options && options.stdio) || 'inherit',
    env: (options && options.env) || process.env,
    encoding: 'utf8',
    shell: false,
  });
  if (result.error) return { status: 1, error: result.error, stdout: '' };
  return result;
}

function pnpmVersionOnPath(env) {
  var result = run('pnpm', ['--version'], { stdio: 'pipe', env: env });
  return result.status === 0 ? String(result.stdout).trim() : null;
}

/** Finds pnpm at the pinned version, installing it into .tools/ (no root, no global change) when missing. */
function ensurePnpm() {
  var localBin = path.join(TOOLS_DIR, 'node_modules', '.bin');
  var env = Object.assign({}, process.env);
  env.PATH = localBin + path.delimiter + (env.PATH || '');
  env.TURBO_TELEMETRY_DISABLED = '1';
  env.NPM_CONFIG_UPDATE_NOTIFIER = 'false';

  var found = pnpmVersionOnPath(env);
  if (found === PNPM_VERSION) {
    process.stdout.write('pnpm ' + found + ' found.\n');
    return env;
  }
  process.stdout.write(
    (found ? 'pnpm ' + found + ' found, but spbe-kit pins ' + PNPM_VERSION : 'pnpm not found') +
      '; installing pnpm ' +
      PNPM_VERSION +
      ' into .tools/ with npm...\n',
  );
  fs.mkdirSync(TOOLS_DIR, { recursive: true });
  var npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  var installed = run(npm, [
    'install',
    '--prefix',
    TOOLS_DIR,
    '--no-save',
    '--no-package-lock',
    '--no-audit',
    '--no-fund',
    'pnpm@' + PNPM_VERSION,
  ]);
  if (installed.status !== 0 || pnpmVersionOnPath(env) !== PNPM_VERSION) {
    fail(
      'Could not install pnpm ' +
        PNPM_VERSION +
        ' with npm (see the npm output above). Check the network access to the npm registry.',
    );
  }
  return env;
}

function installDependencies(env) {
  var result = run('pnpm', ['install', '--frozen-lockfile'], { env: env });
  if (result.status !== 0) {
    fail('pnpm install failed (see above). If package.json changed, run "pnpm install" and commit pnpm-lock.yaml.');
  }
}

function main() {
  checkNode();
  if (mode !== 'test' && mode !== 'demo') fail('usage: node scripts/bootstrap.cjs <test|demo> [args]');

  step('Checking tools: Node.js ' + process.versions.node + ', pnpm ' + PNPM_VERSION);
  var env = ensurePnpm();

  step('Installing dependencies from the lockfile');
  installDependencies(env);

  if (mode === 'test') {
    step('Running the quality gate (build, typecheck, lint, tests, package checks, docs, generated files)');
    var gate = run(process.execPath, [path.join(ROOT, 'scripts', 'quality-gate.mjs')].concat(passThrough), {
      env: env,
    });
    process.exit(gate.status === null ? 1 : gate.status);
  } else {
    var demo = run(process.execPath, [path.join(ROOT, 'scripts', 'demo.mjs')].concat(passThrough), { env: env });
    process.exit(demo.status === null ? 1 : demo.status);
  }
}

main();
