// Every workspace package's README exists in English (README.md) and Bahasa Indonesia (README.id.md)
// with the same sections: each links to the other, both have the same headings (level and the code
// spans they name, in order) and the same code blocks (byte for byte, in order), and a published package
// ships README.id.md in its npm tarball. Used by scripts/docs-check.mjs.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, workspacePackages } from './workspace.mjs';

// A fence may be indented (a block inside a list item); it closes at the same indentation.
const fence = /^([ \t]*)```[^\n]*\n[\s\S]*?^\1```[ \t]*$/gm;

/**
 * The headings (outside code blocks) and the code blocks of a Markdown text.
 * @param {string} text
 * @returns {{ headings: { line: number, level: number, code: string[] }[], blocks: { line: number, text: string }[] }}
 */
function outline(text) {
  const blocks = [];
  const lineOf = (index) => text.slice(0, index).split('\n').length;
  for (const match of text.matchAll(fence)) blocks.push({ line: lineOf(match.index), text: match[0] });
  // Blank the blocks out (keeping their line count) so a `#` comment in a shell block is not a heading.
  const prose = text.replace(fence, (block) => block.replace(/[^\n]/g, ''));
  const headings = [];
  prose.split('\n').forEach((content, index) => {
    const hit = /^(#{1,6})\s+(.*)$/.exec(content);
    if (hit)
      headings.push({
        line: index + 1,
        level: hit[1].length,
        code: [...hit[2].matchAll(/`([^`]+)`/g)].map((m) => m[1]),
      });
  });
  return { headings, blocks };
}

/**
 * Problems with one package's pair of READMEs (empty when they agree).
 * @param {string} dir the package folder
 * @param {Record<string, any>} manifest its package.json
 * @returns {string[]}
 */
function readmePairProblems(dir, manifest) {
  const en = path.join(dir, 'README.md');
  const id = path.join(dir, 'README.id.md');
  const rel = (file) => path.relative(root, file);
  if (!existsSync(en)) return [];
  if (!existsSync(id)) return [`${rel(id)} is missing (${rel(en)} exists): every README exists in both languages`];
  const problems = [];
  const enText = readFileSync(en, 'utf8');
  const idText = readFileSync(id, 'utf8');
  if (!/\]\(\.?\/?README\.id\.md\)/.test(enText)) problems.push(`${rel(en)} does not link to README.id.md`);
  if (!/\]\(\.?\/?README\.md\)/.test(idText)) problems.push(`${rel(id)} does not link back to README.md`);
  const a = outline(enText);
  const b = outline(idText);
  const headingKey = (h) => `${'#'.repeat(h.level)} ${h.code.map((c) => `\`${c}\``).join(' ')}`;
  const count = Math.max(a.headings.length, b.headings.length);
  for (let i = 0; i < count; i += 1) {
    const [x, y] = [a.headings[i], b.headings[i]];
    if (x && y && headingKey(x) === headingKey(y)) continue;
    problems.push(
      `headings differ: ${rel(en)}:${x?.line ?? 'end'} (${x ? headingKey(x) : 'none'}) vs ${rel(id)}:${y?.line ?? 'end'} (${y ? headingKey(y) : 'none'})`,
    );
    break;
  }
  const blocks = Math.max(a.blocks.length, b.blocks.length);
  for (let i = 0; i < blocks; i += 1) {
    const [x, y] = [a.blocks[i], b.blocks[i]];
    if (x && y && x.text === y.text) continue;
    problems.push(
      `code block ${i + 1} differs: ${rel(en)}:${x?.line ?? 'end'} vs ${rel(id)}:${y?.line ?? 'end'} (the translation keeps every code block as it is)`,
    );
    break;
  }
  if (manifest.private !== true && Array.isArray(manifest.files) && !manifest.files.includes('README.id.md'))
    problems.push(
      `${rel(path.join(dir, 'package.json'))}: "files" does not list README.id.md, so npm would not ship it`,
    );
  return problems;
}

/**
 * Problems with every workspace package's READMEs, and the README pairs that were compared.
 * @returns {{ problems: string[], pairs: string[] }}
 */
export function readmeParity() {
  const problems = [];
  const pairs = [];
  for (const pkg of workspacePackages()) {
    if (!existsSync(path.join(pkg.dir, 'README.md'))) continue;
    pairs.push(path.join(pkg.dir, 'README.id.md'));
    problems.push(...readmePairProblems(pkg.dir, pkg.manifest));
  }
  return { problems, pairs: pairs.filter((file) => existsSync(file)) };
}
