// Writes the methodology tables of the guides from @spbe-kit/indicators' own data, and the CLI reference
// from the `spbe` command definitions (scripts/docs-cli-reference.mjs), so the docs cannot disagree with
// the code. Each generated section sits between
//   <!-- generated:methodology <id> -->  (or  <!-- generated:cli-reference -->)  and  <!-- /generated -->
// in docs/guides/{id,en}/*.md. `--check` fails (exit 1) when a section is stale instead of writing it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderCliReference } from './docs-cli-reference.mjs';
import { root } from './workspace.mjs';
import * as prettier from 'prettier';
import { errorCodePages } from './docs-error-codes.mjs';

const check = process.argv.includes('--check');
const indicators = await import(pathToFileURL(path.join(root, 'packages', 'indicators', 'dist', 'index.js')).href);

const words = {
  id: {
    regulation: 'Regulasi',
    values: 'Nilai',
    integer: 'bilangan bulat 1–5',
    decimal: 'desimal dalam [1, 5]',
    domain: 'Domain',
    aspect: 'Aspek',
    indicator: 'Indikator',
    weight: 'Bobot',
    no: 'No',
    scale: 'Skala',
    level: 'Tingkat',
    band: 'Rentang indeks',
    predicate: 'Predikat',
    caveat: 'Catatan sumber',
    generated: 'Tabel ini dibuat otomatis dari data paket `@spbe-kit/indicators`',
    external: 'dinilai dari indeks lain',
    sector: 'sektor dipilih instansi',
    set: 'ditetapkan',
    promulgated: 'diundangkan',
    inForce: 'berlaku',
  },
  en: {
    regulation: 'Regulation',
    values: 'Values',
    integer: 'whole numbers 1–5',
    decimal: 'decimals in [1, 5]',
    domain: 'Domain',
    aspect: 'Aspect',
    indicator: 'Indicator',
    weight: 'Weight',
    no: 'No',
    scale: 'Scale',
    level: 'Level',
    band: 'Index range',
    predicate: 'Predikat',
    caveat: 'Source caveat',
    generated: 'This table is generated from the data of `@spbe-kit/indicators`',
    external: 'assessed from another index',
    sector: 'sector chosen by the agency',
    set: 'set',
    promulgated: 'promulgated',
    inForce: 'in force',
  },
};

const fmt = (value) => (Number(value.toFixed(2)) === value ? value.toFixed(2) : String(value));

/** "set 2020-09-02; in force 2021-01-01": each date with what it is. */
function regulationDates(regulation, w) {
  const dates = [];
  if (regulation.setOn) dates.push(`${w.set} ${regulation.setOn}`);
  dates.push(regulation.dateKind ? `${w[regulation.dateKind]} ${regulation.date}` : regulation.date);
  if (regulation.inForceFrom) dates.push(`${w.inForce} ${regulation.inForceFrom}`);
  return dates.join('; ');
}

function render(table, lang) {
  const w = words[lang];
  const name = (text) => (lang === 'en' ? text.en : text.id);
  const lines = [
    `_${w.generated} (\`${table.id}\`, version ${table.version})._`,
    '',
    `- ${w.regulation}: ${table.regulation.reference} (${regulationDates(table.regulation, w)}) — ${name(table.regulation.title)}`,
    `- ${w.values}: ${table.valueDomain === 'integer' ? w.integer : w.decimal}`,
  ];
  for (const caveat of table.caveats ?? []) lines.push(`- ${w.caveat}: ${name(caveat)}`);
  lines.push('');
  const hasDomains = (table.domains ?? []).length > 0;
  lines.push(
    hasDomains
      ? `| ${w.domain} | ${w.aspect} | ${w.no} | ${w.indicator} | ${w.weight} |`
      : `| ${w.aspect} | ${w.no} | ${w.indicator} | ${w.weight} |`,
    hasDomains ? '|---|---|---:|---|---:|' : '|---|---:|---|---:|',
  );
  for (const aspect of table.aspects) {
    const domain = hasDomains ? table.domains.find((d) => d.number === aspect.domain) : null;
    for (const indicator of table.indicators.filter((i) => i.aspect === aspect.number)) {
      const notes = [
        indicator.externalIndex ? w.external : null,
        indicator.sectorChosenByAgency ? w.sector : null,
      ].filter(Boolean);
      const cells = [
        ...(domain ? [`${domain.number} ${name(domain.name)} (${fmt(domain.weight)})`] : []),
        `${aspect.number} ${name(aspect.name)} (${fmt(aspect.weight)})`,
        String(indicator.number),
        `${name(indicator.name)}${notes.length ? ` _(${notes.join('; ')})_` : ''}`,
        fmt(indicator.weight),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }
  lines.push('');
  for (const scale of table.scales) {
    lines.push(
      `**${w.scale}: ${name(scale.name)}**`,
      '',
      `| ${w.level} | ${lang === 'en' ? 'Name' : 'Nama'} |`,
      '|---:|---|',
    );
    for (const level of scale.levels)
      lines.push(`| ${level.level} | ${name(level.name)}${level.description ? ` — ${name(level.description)}` : ''} |`);
    lines.push('');
  }
  lines.push(`| ${w.band} | ${w.predicate} |`, '|---|---|');
  const bands = [...table.bands].sort((a, b) => b.from - a.from);
  bands.forEach((band, i) => {
    const upper = i === 0 ? `x ≤ ${fmt(band.to)}` : `x < ${fmt(band.to)}`;
    const level = band.level ? ` — ${w.level} ${band.level.level} ${name(band.level.name)}` : '';
    lines.push(
      `| ${fmt(band.from)} ≤ ${upper} | ${band.predicate}${lang === 'en' ? ` (${band.label.en})` : ''}${level} |`,
    );
  });
  return lines.join('\n');
}

const stale = [];
const cliReferences = new Map();
const cliReferenceSection = /<!-- generated:cli-reference -->[\s\S]*?<!-- \/generated -->/g;
const guides = path.join(root, 'docs', 'guides');
for (const lang of ['id', 'en']) {
  for (const file of readdirSync(path.join(guides, lang)).filter((f) => f.endsWith('.md'))) {
    const full = path.join(guides, lang, file);
    const text = readFileSync(full, 'utf8');
    let replaced = text.replace(/<!-- generated:methodology ([\w-]+) -->[\s\S]*?<!-- \/generated -->/g, (_, id) => {
      const table = indicators.getMethodology(id);
      return `<!-- generated:methodology ${id} -->\n${render(table, lang)}\n<!-- /generated -->`;
    });
    if (replaced.includes('<!-- generated:cli-reference -->')) {
      if (!cliReferences.has(lang)) cliReferences.set(lang, await renderCliReference(lang));
      const reference = `<!-- generated:cli-reference -->\n${cliReferences.get(lang)}\n<!-- /generated -->`;
      replaced = replaced.replace(cliReferenceSection, () => reference);
    }
    // The whole page is Prettier-formatted, generated sections included, so `prettier --check` agrees.
    const next = await prettier.format(replaced, { ...(await prettier.resolveConfig(full)), filepath: full });
    if (next !== text) {
      if (check) stale.push(path.relative(root, full));
      else writeFileSync(full, next);
    }
  }
}
stale.push(...(await errorCodePages(check)));
if (stale.length > 0) {
  console.error(`stale generated sections in ${stale.join(', ')}: run \`node scripts/docs-generate.mjs\``);
  process.exit(1);
}
console.log(check ? 'generated sections are fresh' : 'generated sections written');
