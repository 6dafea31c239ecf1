// The second half of the release rehearsal: `changeset publish` of the versioned scratch copy to a real
// registry on 127.0.0.1, then the getting-started guides run verbatim against it, in both languages,
// for the registry install and for the install from `pack:release` tarballs.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packRelease } from '../pack-release.mjs';
import { root } from '../workspace.mjs';
import { runGuideBlocks, runnableBlocks } from './guide-runner.mjs';
import { createPublisher, packageDocument, startRegistry, writeNpmrc } from './registry.mjs';

/** Checks the fields npm reads at publish time, then prepares the scratch package for a local publish. */
function preparePackage(pkg, scratch, expect) {
  const folder = path.join(scratch, path.relative(root, pkg.dir));
  const manifestFile = path.join(folder, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const name = manifest.name;
  expect(manifest.publishConfig?.provenance === true, `${name}: publishConfig.provenance must be true`);
  expect(
    manifest.repository?.directory === path.relative(root, pkg.dir),
    `${name}: repository.directory must be ${path.relative(root, pkg.dir)} (provenance links to it)`,
  );
  expect((manifest.files ?? []).includes('dist'), `${name}: "files" must include dist`);
  expect(existsSync(path.join(pkg.dir, 'dist')), `${name}: dist/ is missing; build before the rehearsal`);
  cpSync(path.join(pkg.dir, 'dist'), path.join(folder, 'dist'), { recursive: true });
  // Provenance is signed by the CI release job's identity, which a local registry cannot check.
  delete manifest.publishConfig.provenance;
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

async function checkPublished(url, manifests, expect) {
  for (const manifest of manifests) {
    const document = await packageDocument(url, manifest.name);
    const published = document.versions?.[manifest.version];
    expect(published !== undefined, `${manifest.name}@${manifest.version} is not on the registry`);
    expect(document['dist-tags']?.latest === manifest.version, `${manifest.name}: latest is not ${manifest.version}`);
    const ranges = { ...published?.dependencies, ...published?.peerDependencies };
    for (const [dependency, range] of Object.entries(ranges))
      expect(!String(range).startsWith('workspace:'), `${manifest.name}: published with ${dependency}@${range}`);
  }
}

function runGuides({ scratch, url, tarballs, log }) {
  const problems = [];
  const cache = path.join(scratch, '.npm-cache');
  for (const lang of ['id', 'en']) {
    const guide = path.join(root, 'docs', 'guides', lang, 'getting-started.md');
    const registryBlocks = runnableBlocks(guide);
    const project = path.join(scratch, `guide-${lang}`);
    const npmrc = writeNpmrc(path.join(scratch, `user-${lang}`), url);
    problems.push(...runGuideBlocks(registryBlocks, { project, npmrc, cache }));
    const prerelease = runnableBlocks(guide, 'prerelease');
    const prereleaseProject = path.join(scratch, 'tarballs', `project-${lang}`);
    problems.push(...runGuideBlocks(prerelease, { project: prereleaseProject, npmrc, cache }));
    log(
      `getting-started (${lang}): ${registryBlocks.length} blocks from the registry, ${prerelease.length} from tarballs`,
    );
  }
  if (tarballs.length === 0) problems.push('pack:release wrote no tarball');
  return problems;
}

/**
 * Publishes the versioned scratch copy to Verdaccio and runs the getting-started guides against it.
 * @param {{ scratch: string, published: { dir: string }[], expect: (ok: boolean, text: string) => void, log: (text: string) => void }} context
 */
export async function rehearsePublish({ scratch, published, expect, log }) {
  const manifests = published.map((pkg) => preparePackage(pkg, scratch, expect));
  // pnpm publish resolves `workspace:` ranges through the installed workspace, as in a release job.
  rmSync(path.join(scratch, 'node_modules'), { force: true });
  execFileSync('pnpm', ['install', '--offline', '--frozen-lockfile', '--ignore-scripts'], {
    cwd: scratch,
    stdio: 'pipe',
  });
  const registry = await startRegistry(path.join(scratch, '.registry'));
  try {
    const token = await createPublisher(registry.url);
    const npmrc = writeNpmrc(scratch, registry.url, token);
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_config_/i.test(key)));
    execFileSync(process.execPath, [path.join(root, 'node_modules', '@changesets', 'cli', 'bin.js'), 'publish'], {
      cwd: scratch,
      env: { ...env, npm_config_userconfig: npmrc, npm_config_registry: registry.url },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    await checkPublished(registry.url, manifests, expect);
    log(`changeset publish put ${manifests.length} packages on a local registry`);
    const tarballs = packRelease(path.join(scratch, 'tarballs', 'spbe-kit-release'));
    for (const problem of runGuides({ scratch, url: registry.url, tarballs, log })) expect(false, problem);
  } finally {
    registry.stop();
  }
}
