import { localize, type Locale } from '../errors/locale.js';
import { architectureDomains, referencePrefixOfDomain, type ArchitectureDomain } from './architecture-domain.js';
import { architectureRelations, type Architecture } from './architecture-graph.js';
import type { ArchitectureObject } from './architecture-objects.js';

const domainTitles: Readonly<Record<ArchitectureDomain, { id: string; en: string }>> = {
  'business-process': { id: 'Proses Bisnis', en: 'Business process' },
  data: { id: 'Data dan Informasi', en: 'Data and information' },
  service: { id: 'Layanan SPBE', en: 'SPBE services' },
  application: { id: 'Aplikasi SPBE', en: 'SPBE applications' },
  infrastructure: { id: 'Infrastruktur SPBE', en: 'SPBE infrastructure' },
  security: { id: 'Keamanan SPBE', en: 'SPBE security' },
};

const domainColours: Readonly<Record<ArchitectureDomain, string>> = {
  'business-process': '#eef4ff',
  data: '#eaf7ef',
  service: '#fdf3e1',
  application: '#f3ecfb',
  infrastructure: '#e9f6f8',
  security: '#fdecec',
};

/**
 * A DOT double-quoted string: backslashes and quotes escaped, line breaks as Graphviz's centred `\n`,
 * other control characters (which end a DOT string early) dropped.
 */
function quoted(text: string): string {
  const escaped = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n?|\n/g, '\\n');
  return `"${escaped}"`;
}

function titleOf(node: ArchitectureObject): string {
  const text = 'name' in node ? node.name : node.description;
  const short = [...text].length > 48 ? `${[...text].slice(0, 47).join('')}…` : text;
  return short;
}

/**
 * Options of {@link architectureToDot}.
 *
 * @example
 * ```ts
 * import type { ArchitectureDiagramOptions } from '@spbe-kit/models';
 * const options: ArchitectureDiagramOptions = { locale: 'en' };
 * ```
 */
export interface ArchitectureDiagramOptions {
  /** Language of the domain titles and relation labels; defaults to the current locale. */
  readonly locale?: Locale;
}

/**
 * Draws an agency's architecture as a Graphviz DOT graph: one column per domain in the order objects
 * depend on each other (RAB → RAD → RAL → RAA → RAI → RAK), each object with its id, name and
 * reference code, each link labelled with its relation. Render the text with any Graphviz (the `dot`
 * command, or `@viz-js/viz` in Node.js and browsers). Validate first ({@link validateArchitecture}):
 * this function draws what it is given.
 *
 * @example
 * ```ts
 * import { architectureToDot, validateArchitecture } from '@spbe-kit/models';
 *
 * const checked = validateArchitecture({
 *   referenceVersion: 'perpres-132-2022',
 *   agency: { kind: 'kabupaten', name: 'Pemerintah Kabupaten Contoh', regionCode: '64.01' },
 *   nodes: [{ domain: 'application', id: 'A-01', description: 'SRIKANDI', referenceCode: 'RAA.01.02' }],
 *   edges: [],
 * });
 * if (checked.valid) console.log(architectureToDot(checked.architecture, { locale: 'id' }).startsWith('digraph'));
 * ```
 */
export function architectureToDot(architecture: Architecture, options: ArchitectureDiagramOptions = {}): string {
  const text = (value: { id: string; en: string }) => localize(value, options.locale);
  const lines = [
    `digraph ${quoted(architecture.agency.name)} {`,
    '  graph [rankdir=LR, fontname="Helvetica", nodesep=0.3, ranksep=0.6, bgcolor="transparent"];',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica", fontsize=10, color="#555555"];',
    '  edge [fontname="Helvetica", fontsize=8, color="#555555"];',
    `  label=${quoted(architecture.agency.name)}; labelloc=t; fontname="Helvetica"; fontsize=13;`,
  ];
  architectureDomains.forEach((domain, index) => {
    const nodes = architecture.nodes.filter((node) => node.domain === domain);
    if (nodes.length === 0) return;
    const title = `${referencePrefixOfDomain[domain]} · ${text(domainTitles[domain])}`;
    lines.push(`  subgraph cluster_${index} {`, `    label=${quoted(title)}; style="rounded"; color="#999999";`);
    for (const node of nodes) {
      const label = `${node.id}\n${titleOf(node)}\n${node.referenceCode}`;
      lines.push(
        `    ${quoted(`${domain}:${node.id}`)} [label=${quoted(label)}, fillcolor="${domainColours[domain]}"];`,
      );
    }
    lines.push('  }');
  });
  const domainOf = new Map(architecture.nodes.map((node) => [node.id, node.domain]));
  for (const edge of architecture.edges) {
    const relation = architectureRelations[edge.relation];
    const from = `${domainOf.get(edge.from) ?? relation.from}:${edge.from}`;
    const to = `${domainOf.get(edge.to) ?? relation.to}:${edge.to}`;
    lines.push(`  ${quoted(from)} -> ${quoted(to)} [label=${quoted(text(relation.label))}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}
