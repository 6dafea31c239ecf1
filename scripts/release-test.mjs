// Release rehearsal: proves the changesets release path works before the first real release.
// Copies the repository to a scratch folder, replaces the pending changesets with known samples,
// runs `changeset version` there and checks the versions, dependents and CHANGELOG.md files; then
// `changeset publish`es to a Verdaccio registry on 127.0.0.1 and runs the getting-started guides,
// command by command, in empty projects that install from that registry (release/publish-rehearsal.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rehearsePublish } from './release/publish-rehearsal.mjs';
import { copyRepository } from './release/scratch.mjs';
import { publishedPackages, root, workspacePackages } from './workspace.mjs';

const log = (text) => console.log(`[release-test] ${text}`);
const failures = [];
const expect = (condition, text) => {
  if (!condition) failures.push(text);
};

const scratch = mkdtempSync(path.join(os.tmpdir(), 'spbe-kit-release-'));
try {
  const published = publishedPackages();
  if (published.length === 0) throw new Error('no published package found under packages/');
  const packageNames = published.map((pkg) => pkg.manifest.name);

  // 0. The release configuration itself: public packages, dependents bumped, private ones never versioned.
  const config = JSON.parse(readFileSync(path.join(root, '.changeset', 'config.json'), 'utf8'));
  expect(
    config.access === 'public',
    `.changeset/config.json: access must be "public", found ${JSON.stringify(config.access)}`,
  );
  expect(
    config.updateInternalDependencies === 'patch',
    `.changeset/config.json: updateInternalDependencies must be "patch"`,
  );
  expect(
    config.privatePackages?.version === false && config.privatePackages?.tag === false,
    '.changeset/config.json: private packages must be neither versioned nor tagged',
  );
  for (const pkg of published) {
    expect(
      pkg.manifest.publishConfig?.access === 'public',
      `${pkg.manifest.name}: publishConfig.access must be "public"`,
    );
    expect(
      pkg.manifest.name.startsWith('@spbe-kit/'),
      `${pkg.manifest.name}: published packages use the @spbe-kit/ scope`,
    );
  }

  // 1. Scratch copy of the repository.
  copyRepository(scratch);

  // 2. Known sample changesets instead of whatever is pending: a patch to the first package
  //    (its dependents must follow) and a minor change to the last one.
  const changesetDir = path.join(scratch, '.changeset');
  for (const file of readdirSync(changesetDir)) {
    if (file.endsWith('.md') && file !== 'README.md') rmSync(path.join(changesetDir, file));
  }
  const base = published.find((pkg) => pkg.manifest.name === '@spbe-kit/models') ?? published[0];
  const other = published.find((pkg) => pkg !== base && !Object.keys(pkg.manifest.dependencies ?? {}).length) ?? null;
  writeFileSync(
    path.join(changesetDir, 'sample-patch.md'),
    `---\n"${base.manifest.name}": patch\n---\n\nSample patch note for the release dry run.\n`,
  );
  if (other)
    writeFileSync(
      path.join(changesetDir, 'sample-minor.md'),
      `---\n"${other.manifest.name}": minor\n---\n\nSample minor note for the release dry run.\n`,
    );

  // 3. Version, exactly as `pnpm version-packages` does (its lockfile refresh is not needed here).
  const changesetBin = path.join(root, 'node_modules', '@changesets', 'cli', 'bin.js');
  execFileSync(process.execPath, [changesetBin, 'version'], {
    cwd: scratch,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });

  // 4. Check the outcome.
  const manifestAfter = (pkg) =>
    JSON.parse(readFileSync(path.join(scratch, path.relative(root, pkg.dir), 'package.json'), 'utf8'));
  const changelogOf = (pkg) => {
    const file = path.join(scratch, path.relative(root, pkg.dir), 'CHANGELOG.md');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  };
  const bump = (version, kind) => {
    const [major, minor, patch] = version.split('.').map(Number);
    return kind === 'minor' ? `${major}.${minor + 1}.0` : `${major}.${minor}.${patch + 1}`;
  };

  const baseVersion = bump(base.manifest.version, 'patch');
  expect(
    manifestAfter(base).version === baseVersion,
    `${base.manifest.name}: expected version ${baseVersion}, got ${manifestAfter(base).version}`,
  );
  expect(
    changelogOf(base).includes(`## ${baseVersion}`) &&
      changelogOf(base).includes('### Patch Changes') &&
      changelogOf(base).includes('Sample patch note'),
    `${base.manifest.name}: CHANGELOG.md lacks the ${baseVersion} patch entry`,
  );

  for (const pkg of published) {
    if (pkg === base || pkg === other) continue;
    const dependsOnBase = Object.keys({ ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies }).includes(
      base.manifest.name,
    );
    const after = manifestAfter(pkg);
    if (dependsOnBase) {
      const expected = bump(pkg.manifest.version, 'patch');
      expect(
        after.version === expected,
        `${pkg.manifest.name} depends on ${base.manifest.name}: expected a patch bump to ${expected}, got ${after.version}`,
      );
      expect(
        changelogOf(pkg).includes(`${base.manifest.name}@${baseVersion}`),
        `${pkg.manifest.name}: CHANGELOG.md does not mention ${base.manifest.name}@${baseVersion}`,
      );
    } else {
      expect(
        after.version === pkg.manifest.version,
        `${pkg.manifest.name} does not depend on ${base.manifest.name} but moved to ${after.version}`,
      );
    }
  }
  if (other) {
    const expected = bump(other.manifest.version, 'minor');
    expect(
      manifestAfter(other).version === expected,
      `${other.manifest.name}: expected minor bump to ${expected}, got ${manifestAfter(other).version}`,
    );
    expect(
      changelogOf(other).includes('### Minor Changes') && changelogOf(other).includes('Sample minor note'),
      `${other.manifest.name}: CHANGELOG.md lacks the minor entry`,
    );
  }
  for (const pkg of workspacePackages().filter((candidate) => candidate.manifest.private === true)) {
    expect(manifestAfter(pkg).version === pkg.manifest.version, `private ${pkg.manifest.name} must not be versioned`);
  }
  const left = readdirSync(changesetDir).filter((file) => file.startsWith('sample-'));
  expect(left.length === 0, `consumed changesets were not removed: ${left.join(', ')}`);

  // 5. Publish to a real registry on 127.0.0.1 and follow the getting-started guides against it.
  if (failures.length === 0) await rehearsePublish({ scratch, published, expect, log });

  if (failures.length > 0) {
    console.error(`[release-test] FAILED:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    log(
      `changeset version on a scratch copy bumped ${packageNames.length} package(s) as expected and wrote their CHANGELOG.md files: passed`,
    );
  }
} catch (error) {
  process.exitCode = 1;
  console.error(`[release-test] FAILED: ${error instanceof Error ? error.stderr || error.message : String(error)}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
