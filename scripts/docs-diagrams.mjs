// Renders the documentation's diagrams to SVG at build time, with Graphviz compiled to WebAssembly
// (@viz-js/viz: no browser, no native binary). Sources: docs/diagrams/*.dot, plus the package
// dependency graph, which is generated from the workspace manifests so that it cannot go stale, and
// the architecture guide's sample regency (docs/diagrams/architecture-example.json), validated and
// drawn in both languages with architectureToDot from @spbe-kit/models.
// Output: docs/public/diagrams/<name>.svg (not committed; VitePress copies public/ into the site).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { architectureToDot, validateArchitecture } from '@spbe-kit/models';
import { instance } from '@viz-js/viz';
import { root, workspacePackages } from './workspace.mjs';

const sources = path.join(root, 'docs', 'diagrams');
const output = path.join(root, 'docs', 'public', 'diagrams');

/** DOT for the workspace: one node per package, an edge per dependency on another workspace package. */
export function packageGraph() {
  const packages = workspacePackages();
  const names = new Set(packages.map((pkg) => pkg.manifest.name));
  const lines = [
    'digraph packages {',
    '  graph [rankdir=BT, fontname="Helvetica", bgcolor="transparent", nodesep=0.4];',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=11, fillcolor="#eef4ff", color="#3b6fd4"];',
    '  edge [color="#555555"];',
  ];
  for (const pkg of packages) {
    const style = pkg.manifest.private ? ', fillcolor="#fff3e6", color="#d47a1f"' : '';
    lines.push(`  "${pkg.manifest.name}" [label="${pkg.manifest.name}"${style}];`);
    const dependencies = { ...pkg.manifest.dependencies, ...pkg.manifest.peerDependencies };
    for (const dependency of Object.keys(dependencies)
      .filter((name) => names.has(name))
      .sort())
      lines.push(`  "${pkg.manifest.name}" -> "${dependency}";`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** The guide's sample architecture, validated; the build fails if the sample is not valid. */
function architectureExample() {
  const file = path.join(sources, 'architecture-example.json');
  const checked = validateArchitecture(JSON.parse(readFileSync(file, 'utf8')));
  if (!checked.valid) {
    const issues = checked.issues.map((issue) => `${issue.path.join('.')}: ${issue.message.en}`);
    console.error(`[docs-diagrams] docs/diagrams/architecture-example.json is not valid:\n  ${issues.join('\n  ')}`);
    process.exit(1);
  }
  return checked.architecture;
}

const viz = await instance();
const example = architectureExample();
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });
const diagrams = [
  ['packages', packageGraph()],
  ...['id', 'en'].map((locale) => [`architecture-example-${locale}`, architectureToDot(example, { locale })]),
  ...readdirSync(sources)
    .filter((file) => file.endsWith('.dot'))
    .sort()
    .map((file) => [file.slice(0, -4), readFileSync(path.join(sources, file), 'utf8')]),
];
for (const [name, dot] of diagrams) {
  const result = viz.render(dot, { format: 'svg' });
  if (result.status !== 'success') {
    const messages = result.errors.map((error) => `${error.level ?? 'error'}: ${error.message}`).join('\n  ');
    console.error(`[docs-diagrams] ${name}: Graphviz could not render it:\n  ${messages}`);
    process.exit(1);
  }
  writeFileSync(path.join(output, `${name}.svg`), result.output);
}
console.log(`[docs-diagrams] ${diagrams.length} diagrams rendered to docs/public/diagrams/`);
