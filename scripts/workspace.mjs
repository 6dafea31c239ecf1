// Small helpers shared by the repository scripts: where the workspace packages are and which are published.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Every workspace package as `{ dir, manifest }`, packages/* first, then apps/*.
 * @returns {{ dir: string, manifest: Record<string, any> }[]}
 */
export function workspacePackages() {
  const found = [];
  for (const group of ['packages', 'apps']) {
    const groupDir = path.join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const name of readdirSync(groupDir).sort()) {
      const manifestPath = path.join(groupDir, name, 'package.json');
      if (!existsSync(manifestPath)) continue;
      found.push({ dir: path.join(groupDir, name), manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) });
    }
  }
  return found;
}

/** The packages that are published to npm (not private). */
export function publishedPackages() {
  return workspacePackages().filter((pkg) => pkg.manifest.private !== true);
}
