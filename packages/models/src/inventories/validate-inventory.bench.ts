import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import * as ajvFormats from 'ajv-formats';
import { benchGroup } from '../../../../bench-harness.ts';
import { z } from 'zod';
import { applicationSchema } from './application.js';

// Validating a large inventory: 100,000 application records, all valid (the common case of an
// import or a nightly check), with the zod schema and with the published JSON Schema through ajv.
const RECORDS = 100_000;
const hostings = ['pdn', 'own-data-centre'] as const;
const lifecycles = ['planned', 'in-development', 'operational', 'retired'] as const;
const records = Array.from({ length: RECORDS }, (_, index) =>
  index % 3 === 0
    ? {
        id: `APP-${index}`,
        name: `Aplikasi Khusus ${index}`,
        type: 'khusus',
        raaCode: `RAA.02.0${(index % 2) + 1}.${String((index % 98) + 1).padStart(2, '0')}`,
        owner: { name: 'Dinas Komunikasi dan Informatika', code: `2.16.${index % 40}` },
        hosting: hostings[index % 2],
        licence: { kind: 'open-source', name: 'GPL-3.0-or-later' },
        sourceRepository: { url: `https://git.example.go.id/opd/app-${index}`, registeredNationally: index % 2 === 0 },
        lifecycle: lifecycles[index % 4],
        splpIntegration: 'planned',
        serviceIds: [`SVC-${index % 500}`],
      }
    : {
        id: `APP-${index}`,
        name: 'SRIKANDI',
        type: 'umum',
        raaCode: 'raa.01.02',
        owner: { name: 'Sekretariat Daerah' },
        hosting: 'pdn',
        licence: { kind: 'government-owned' },
        lifecycle: 'operational',
        splpIntegration: 'integrated',
      },
);

const applicationJsonSchema = JSON.parse(
  readFileSync(new URL('../../schemas/application.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv2020();
ajvFormats.default.default(ajv);
const { $schema: _, $comment: __, ...items } = applicationJsonSchema;
const validateWithAjv = ajv.compile({ type: 'array', items });
const inventorySchemaForBench = z.array(applicationSchema);

benchGroup({
  group: `validate ${RECORDS.toLocaleString('en')} application records`,
  unit: 'records',
  rounds: 5,
  warmupRounds: 1,
  baseline: {
    name: 'baseline: ajv with the exported JSON Schema (schemas/application.json)',
    items: RECORDS,
    run: () => {
      if (!validateWithAjv(records)) throw new TypeError('ajv rejected the benchmark data');
    },
  },
  candidates: [
    {
      name: 'zod applicationSchema (z.array)',
      items: RECORDS,
      run: () => {
        if (!inventorySchemaForBench.safeParse(records).success) throw new TypeError('zod rejected the benchmark data');
      },
    },
  ],
});
