// `pnpm run pack:release`: builds every published package and writes its npm tarball to
// .artifacts/release/, so that a project can install spbe-kit from files before (or without) the npm
// registry: `npm install ./spbe-kit-models-0.1.0.tgz ./spbe-kit-indicators-0.1.0.tgz zod`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { publishedPackages, root } from './workspace.mjs';

/**
 * Packs every published package (already built) into `destination`, as `pnpm publish` would pack it
 * (`workspace:` ranges replaced by versions). Returns the tarball paths.
 * @param {string} destination
 */
export function packRelease(destination) {
  rmSync(destination, { recursive: true, force: true });
  mkdirSync(destination, { recursive: true });
  for (const pkg of publishedPackages())
    execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: pkg.dir, stdio: 'pipe' });
  return readdirSync(destination)
    .filter((file) => file.endsWith('.tgz'))
    .map((file) => path.join(destination, file));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  execFileSync('pnpm', ['exec', 'turbo', 'run', 'build', '--filter=./packages/*'], { cwd: root, stdio: 'inherit' });
  const tarballs = packRelease(path.join(root, '.artifacts', 'release'));
  console.log(`${tarballs.length} packages packed into .artifacts/release/:`);
  for (const file of tarballs) console.log(`  ${path.basename(file)}`);
}
