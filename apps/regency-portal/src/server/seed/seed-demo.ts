import { randomUUID } from 'node:crypto';
import { getMethodology } from '@spbe-kit/indicators';
import { agencySchema } from '@spbe-kit/models';
import { hashPassword } from '../auth/password.js';
import type { Role } from '../auth/roles.js';
import type { SqlDriver } from '../db/driver.js';
import { upsertItem, validateItem } from '../inventories/inventory-store.js';
import { demoHomeRegency, kalimantanTimur } from './kalimantan-timur.js';
import { sampleInventories } from './sample-inventories.js';

/** A demo account as printed at start. */
export interface DemoAccount {
  username: string;
  password: string;
  role: Role;
  agency: string;
}

/** The one password of every demo account (printed at start; change it for anything but a local demo). */
export const demoPassword = 'demo-spbe-2025';

/** Deterministic pseudo-random numbers so every reset seeds the same sample data. */
function seededRandom(seed: string): () => number {
  let state = 2166136261;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 16777619) >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
    return (state % 10_000) / 10_000;
  };
}

/** The sectors the sample regencies chose for the three sector indicators (Layanan Publik Sektor). */
const sampleSectors = ['Kesehatan', 'Pendidikan', 'Perizinan'];

const clampLevel = (value: number) => Math.min(5, Math.max(1, Math.round(value)));

/** Sample NIPs (structurally valid, not real people). */
const sampleNip = (index: number) => `1986092620150510${String(index).padStart(2, '0')}`.slice(0, 18);

/**
 * Seeds Kalimantan Timur: agencies, demo accounts, sample assessments 2023–2025 (`is_sample`), a 2026 draft for
 * the home regency. Returns the demo accounts. Does nothing when agencies already exist.
 * @example
 * const accounts = await seedDemo(db);
 */
export async function seedDemo(db: SqlDriver, options: { password?: string } = {}): Promise<DemoAccount[]> {
  const password = options.password ?? demoPassword;
  const [{ count } = { count: 0 }] = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM agencies');
  if (count > 0) return demoAccounts(password);
  const passwordHash = await hashPassword(password);
  const spbe = getMethodology('spbe-2020');
  await db.transaction(async (tx) => {
    const province = kalimantanTimur.province;
    // Every tenant is checked against the models' agency schema (kind matches the code: kabupaten 01–69, kota 71–99).
    agencySchema.parse({ kind: 'provinsi', name: province.name, regionCode: province.regionCode });
    for (const regency of kalimantanTimur.regencies) {
      agencySchema.parse({
        kind: regency.kind === 'city' ? 'kota' : 'kabupaten',
        name: regency.name,
        regionCode: regency.regionCode,
      });
    }
    await tx.query('INSERT INTO agencies (id, region_code, kind, name, parent_id) VALUES ($1, $1, $2, $3, NULL)', [
      province.regionCode,
      'province',
      province.name,
    ]);
    for (const regency of kalimantanTimur.regencies) {
      await tx.query('INSERT INTO agencies (id, region_code, kind, name, parent_id) VALUES ($1, $1, $2, $3, $4)', [
        regency.regionCode,
        regency.kind,
        regency.name,
        province.regionCode,
      ]);
    }
    let nipIndex = 1;
    for (const account of demoAccounts(password)) {
      await tx.query(
        'INSERT INTO users (id, username, display_name, role, agency_id, password_hash, nip) VALUES ($1, $2, $3, $4, $5, $6, $7)',
        [
          randomUUID(),
          account.username,
          displayNameOf(account),
          account.role,
          account.agency,
          passwordHash,
          sampleNip(nipIndex++),
        ],
      );
    }
    for (const regency of kalimantanTimur.regencies) {
      const random = seededRandom(regency.regionCode);
      const base = 1.6 + random() * 1.8;
      for (const [offset, year] of [2023, 2024, 2025].entries()) {
        const id = randomUUID();
        await tx.query(
          `INSERT INTO assessments (id, agency_id, year, methodology, status, is_sample) VALUES ($1, $2, $3, 'spbe-2020', 'locked', true)`,
          [id, regency.regionCode, year],
        );
        for (const indicator of spbe.indicators) {
          const selfValue = clampLevel(base + offset * 0.35 + (random() - 0.3) * 1.6);
          const assessorValue = random() < 0.3 ? clampLevel(selfValue - 1) : selfValue;
          await tx.query(
            `INSERT INTO assessment_entries (assessment_id, indicator_id, self_value, assessor_value, note, recommendation, sector)
             VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [
              id,
              String(indicator.number),
              String(selfValue),
              String(assessorValue),
              'Data contoh (sample data)',
              assessorValue < 3
                ? 'Lengkapi bukti dukung dan terapkan di seluruh unit. / Complete the evidence and apply it in all units.'
                : '',
              // The record of @spbe-kit/models names the sector of each sector indicator (SPBE 2020 45–47).
              indicator.sectorChosenByAgency ? (sampleSectors[indicator.number - 45] ?? 'Kesehatan') : null,
            ],
          );
        }
      }
    }
    await tx.query(
      `INSERT INTO assessments (id, agency_id, year, methodology, status, is_sample) VALUES ($1, $2, 2026, 'pemdi-2026', 'draft', true)`,
      [randomUUID(), demoHomeRegency],
    );
    for (const item of sampleInventories) {
      const checked = validateItem(item.kind, item.data);
      if (!checked.ok)
        throw new Error(`sample ${item.kind} ${String(item.data.id)} is invalid: ${JSON.stringify(checked.issues)}`);
      await upsertItem(tx, demoHomeRegency, item.kind, checked.data);
      if (item.kind === 'dataset') {
        await tx.query(
          `INSERT INTO dataset_publications (inventory_item_id, agency_id, state)
           SELECT id, agency_id, data->'publication'->>'status' FROM inventory_items WHERE agency_id = $1 AND kind = 'dataset' AND code = $2`,
          [demoHomeRegency, String(item.data.id)],
        );
      }
    }
  });
  return demoAccounts(password);
}

function displayNameOf(account: DemoAccount): string {
  const names: Record<Role, string> = {
    admin: 'Admin Diskominfo',
    operator: 'Operator OPD',
    asesor: 'Asesor Internal',
    auditor: 'Auditor Inspektorat',
    coordinator: 'Koordinator SPBE Provinsi',
    'privacy-officer': 'Pejabat PDP',
  };
  return `${names[account.role]} (${account.username})`;
}

/** The demo accounts: every role at the home regency, an admin at Samarinda, the province coordinator. */
function demoAccounts(password = demoPassword): DemoAccount[] {
  return [
    { username: 'admin.balikpapan', password, role: 'admin', agency: demoHomeRegency },
    { username: 'operator.balikpapan', password, role: 'operator', agency: demoHomeRegency },
    { username: 'asesor.balikpapan', password, role: 'asesor', agency: demoHomeRegency },
    { username: 'auditor.balikpapan', password, role: 'auditor', agency: demoHomeRegency },
    { username: 'pdp.balikpapan', password, role: 'privacy-officer', agency: demoHomeRegency },
    { username: 'admin.samarinda', password, role: 'admin', agency: '64.72' },
    { username: 'koordinator.kaltim', password, role: 'coordinator', agency: kalimantanTimur.province.regionCode },
  ];
}
