// Consumer test: proves a regional developer can install what we publish.
// Packs every published package with `pnpm pack`, installs the tarballs with plain npm into a
// temporary project outside the workspace, then (a) imports every entry point from ESM,
// (b) requires it from CommonJS and checks both expose the same names, (c) type-checks a
// TypeScript file using them with moduleResolution node16 and bundler, and (d) runs each
// package's own consumer scenarios (packages/<name>/consumer/*) when it has any.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { publishedPackages, root } from './workspace.mjs';

const keep = process.argv.includes('--keep');
const work = mkdtempSync(path.join(os.tmpdir(), 'spbe-kit-consumer-'));
const tarballs = path.join(work, 'tarballs');
const project = path.join(work, 'project');
mkdirSync(tarballs);
mkdirSync(project);

const log = (text) => console.log(`[consumer-test] ${text}`);
const sh = (command, args, cwd, extraEnv = {}) =>
  execFileSync(command, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, ...extraEnv },
  });

try {
  const only = process.argv.filter((arg) => arg.startsWith('--only=')).map((arg) => arg.slice('--only='.length));
  const packages = publishedPackages().filter((pkg) => only.length === 0 || only.includes(pkg.manifest.name));
  if (packages.length === 0) throw new Error('no published package found under packages/');

  // 1. Pack. pnpm replaces workspace: ranges with real versions, as `pnpm publish` does.
  const files = [];
  for (const pkg of packages) {
    sh('pnpm', ['pack', '--pack-destination', tarballs], pkg.dir);
  }
  for (const file of readdirSync(tarballs)) files.push(path.join(tarballs, file));
  log(`packed ${files.length} packages: ${readdirSync(tarballs).join(', ')}`);

  // 2. Install with plain npm, as a user would, with the peer dependencies they need.
  const peerVersions = new Map([['@types/node', '20']]);
  for (const pkg of packages) {
    for (const [name, range] of Object.entries(pkg.manifest.peerDependencies ?? {})) {
      if (peerVersions.has(name)) continue;
      const devVersion = pkg.manifest.devDependencies?.[name];
      peerVersions.set(name, devVersion && !devVersion.startsWith('workspace:') ? devVersion : range);
    }
  }
  const peers = [...peerVersions].map(([name, version]) => `${name}@${version}`);
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'spbe-kit-consumer', private: true, version: '1.0.0' }, null, 2),
  );
  sh(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', ...files, ...peers],
    project,
    {
      npm_config_cache: path.join(work, 'npm-cache'),
    },
  );
  log(`installed with npm together with ${peers.join(', ')}`);

  // 3. Every entry point, from ESM and from CommonJS, must load and expose the same names.
  const specifiers = [];
  for (const pkg of packages) {
    for (const key of Object.keys(pkg.manifest.exports ?? { '.': null })) {
      if (key === './package.json' || key.includes('*')) continue;
      specifiers.push(key === '.' ? pkg.manifest.name : `${pkg.manifest.name}/${key.slice(2)}`);
    }
  }
  const probe = `
    const specifiers = ${JSON.stringify(specifiers)};
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const problems = [];
    for (const specifier of specifiers) {
      const esm = Object.keys(await import(specifier)).filter((k) => k !== 'default' && k !== 'module.exports').sort();
      const cjs = Object.keys(require(specifier)).filter((k) => k !== '__esModule' && k !== 'default').sort();
      if (esm.length === 0) problems.push(specifier + ': no exports from ESM');
      if (JSON.stringify(esm) !== JSON.stringify(cjs)) problems.push(specifier + ': ESM and CommonJS expose different names: ' + esm.filter((k) => !cjs.includes(k)).concat(cjs.filter((k) => !esm.includes(k))).join(', '));
      console.log('  ' + specifier + ': ' + esm.length + ' exports (ESM = CommonJS)');
    }
    if (problems.length) { console.error(problems.join('\\n')); process.exit(1); }
  `;
  writeFileSync(path.join(project, 'probe.mjs'), probe);
  process.stdout.write(sh(process.execPath, ['probe.mjs'], project));

  const requireOnly = specifiers
    .map(
      (s, i) =>
        `const m${i} = require(${JSON.stringify(s)}); if (!m${i} || Object.keys(m${i}).length === 0) { throw new Error(${JSON.stringify(s)} + ' is empty'); }`,
    )
    .join('\n');
  writeFileSync(
    path.join(project, 'require.cjs'),
    `'use strict';\n${requireOnly}\nconsole.log('  require() of ${specifiers.length} entry points from a CommonJS file: ok');\n`,
  );
  process.stdout.write(sh(process.execPath, ['require.cjs'], project));

  // 4. Type-check against the published declarations with node16 (ESM and CJS files) and bundler resolution.
  const imports = specifiers.map((s, i) => `import * as m${i} from ${JSON.stringify(s)};`).join('\n');
  const uses = `export const entryPoints = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;
  mkdirSync(path.join(project, 'node16'));
  mkdirSync(path.join(project, 'bundler'));
  writeFileSync(path.join(project, 'node16', 'esm.mts'), `${imports}\n${uses}`);
  writeFileSync(path.join(project, 'node16', 'cjs.cts'), `${imports}\n${uses}`);
  writeFileSync(path.join(project, 'bundler', 'app.ts'), `${imports}\n${uses}`);

  const tsconfig = (module, moduleResolution, include) => ({
    compilerOptions: {
      module,
      moduleResolution,
      target: 'ES2022',
      lib: ['ES2023', 'DOM'],
      types: ['node'],
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      esModuleInterop: true,
    },
    include,
  });
  // Package-specific scenarios: packages/<name>/consumer/*.{mts,cts,ts} are type-checked, *.mjs / *.cjs run.
  const runnable = [];
  for (const pkg of packages) {
    const dir = path.join(pkg.dir, 'consumer');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const target = `${path.basename(pkg.dir)}-${file}`;
      if (/\.(mts|cts)$/.test(file)) cpSync(path.join(dir, file), path.join(project, 'node16', target));
      else if (/\.ts$/.test(file)) cpSync(path.join(dir, file), path.join(project, 'bundler', target));
      else if (/\.(mjs|cjs)$/.test(file)) {
        cpSync(path.join(dir, file), path.join(project, target));
        runnable.push(target);
      }
    }
  }
  writeFileSync(
    path.join(project, 'tsconfig.node16.json'),
    JSON.stringify(tsconfig('node16', 'node16', ['node16']), null, 2),
  );
  writeFileSync(
    path.join(project, 'tsconfig.bundler.json'),
    JSON.stringify(tsconfig('esnext', 'bundler', ['bundler']), null, 2),
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json']) {
    sh(process.execPath, [tsc, '-p', config], project);
    log(`tsc -p ${config}: no errors`);
  }
  for (const file of runnable) {
    process.stdout.write(sh(process.execPath, [file], project));
    log(`ran ${file}`);
  }
  log('passed');
} catch (error) {
  process.exitCode = 1;
  console.error(`[consumer-test] FAILED: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
