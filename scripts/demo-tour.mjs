// The steps of the demo tour, one function per package, written against each package's public API.
// Each prints what it shows; demo.mjs guards every call so a missing part never breaks the demo.

/** @param {Record<string, any>} models */
export async function modelsTour(models) {
  const region = models.parseRegionCode('64.71.01');
  const { getWilayah } = await import(new URL('../packages/models/dist/wilayah.js', import.meta.url).href);
  const wilayah = getWilayah();
  const names = [...wilayah.parents('64.71.01'), wilayah.get('64.71.01')].map((r) => `${r.code} ${r.name}`);
  console.log(`   Kode wilayah 64.71.01 is a ${region.level}: ${names.join(' › ')}`);
  console.log(`   Kepmendagri 300.2.2-2138/2025 in memory: ${JSON.stringify(wilayah.counts())}`);
  const nik = '6471054108900001';
  const parts = models.parseNik(nik);
  console.log(`   NIK ${models.maskNik(nik)}: born ${parts.birthDate}, sex ${parts.sex} (digits 7–12 stay hidden when masked)`);
  const { z } = await import('zod');
  const result = models.safeParseWith(z.object({ tahun: z.number().int().min(2021) }), { tahun: 2019 });
  if (!result.success) {
    console.log('   Errors come in Bahasa Indonesia and English, with the path of the bad field:');
    console.log(`     id: ${result.error.format('id')}`);
    console.log(`     en: ${result.error.format('en')}`);
  }
}

/** @param {Record<string, any>} indicators */
export async function indicatorsTour(indicators) {
  // A sample assessment (not an official result): every indicator at level 3, then computed.
  const levels = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [i + 1, 3]));
  const result = indicators.computeIndex({ methodology: 'spbe-2020', levels });
  console.log(`   Indeks SPBE (sample, all indicators at level 3): ${result.indexDisplay} — ${result.predicate}`);
}

/** @param {Record<string, any>} audit */
export async function auditTour(audit) {
  const leaf = audit.hashLeaf(new TextEncoder().encode('spbe-kit'));
  console.log(`   RFC 6962 leaf hash of "spbe-kit": ${Buffer.from(leaf).toString('hex')}`);
}
