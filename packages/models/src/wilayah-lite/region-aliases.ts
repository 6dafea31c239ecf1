/**
 * One alias of a region: an abbreviation, a former name or a spelling seen in an official list, with
 * where it is documented.
 *
 * @example
 * ```ts
 * import { regionAliases, type RegionAlias } from '@spbe-kit/models/wilayah-lite';
 * const kukar: RegionAlias | undefined = regionAliases.find((alias) => alias.alias === 'Kukar');
 * kukar?.code; // '64.02' (Kabupaten Kutai Kartanegara)
 * ```
 */
export interface RegionAlias {
  /** The alias as people write it, e.g. `'Kukar'`. Compared after folding (case, accents, spaces). */
  readonly alias: string;
  /** The Kemendagri code it stands for. */
  readonly code: string;
  /** `abbreviation` (Kukar, Kaltim), `former-name` (Toba Samosir), `spelling` (Mahakam Hulu). */
  readonly kind: 'abbreviation' | 'former-name' | 'spelling';
  /** Where the alias is documented. */
  readonly source: string;
}

const BPS_2020 =
  'BPS bridging table, Kode Wilayah Kerja Statistik 2020 semester 2 (SIG BPS bridging service, captured 2022-05-22, github.com/zakiego/Kode-Wilayah-Administrasi-Indonesia-Relasi-BPS-Kemendagri csv/kabkota.csv)';
const BPS_2025 = 'BPS bridging table, period 2025 (sources/bps-bridging-2025 in this package)';
const BPS_PROVINCE_SITE = (abbreviation: string): string =>
  `BPS provincial office website ${abbreviation}.bps.go.id and the provincial government's own abbreviation`;

const province = (alias: string, code: string): RegionAlias => ({
  alias,
  code,
  kind: 'abbreviation',
  source: BPS_PROVINCE_SITE(alias.toLowerCase()),
});

/**
 * The documented aliases `resolveRegion` knows besides the official names: common abbreviations of
 * provinces and of the regencies of Kalimantan Timur, former names and spellings used in BPS tables.
 * Each entry names its source. Pass more with the `aliases` option of `resolveRegion`.
 *
 * @example
 * ```ts
 * import { regionAliases } from '@spbe-kit/models/wilayah-lite';
 * regionAliases.filter((alias) => alias.code === '64').map((alias) => alias.alias); // ['Kaltim']
 * ```
 */
export const regionAliases: readonly RegionAlias[] = [
  // Provinces: the abbreviations BPS and the provincial governments use (also in their web addresses).
  province('Sumut', '12'),
  province('Sumbar', '13'),
  province('Sumsel', '16'),
  province('Babel', '19'),
  province('Kepri', '21'),
  province('Jabar', '32'),
  province('Jateng', '33'),
  province('Jatim', '35'),
  province('NTB', '52'),
  province('NTT', '53'),
  province('Kalbar', '61'),
  province('Kalteng', '62'),
  province('Kalsel', '63'),
  province('Kaltim', '64'),
  province('Kaltara', '65'),
  province('Sulut', '71'),
  province('Sulteng', '72'),
  province('Sulsel', '73'),
  province('Sultra', '74'),
  province('Sulbar', '76'),
  province('Malut', '82'),
  { alias: 'DKI Jakarta', code: '31', kind: 'abbreviation', source: BPS_2025 },
  { alias: 'DKI', code: '31', kind: 'abbreviation', source: BPS_2025 },
  { alias: 'DI Yogyakarta', code: '34', kind: 'abbreviation', source: BPS_2025 },
  {
    alias: 'DIY',
    code: '34',
    kind: 'abbreviation',
    source: 'Pemerintah Daerah DIY; BPS Provinsi D.I. Yogyakarta (yogyakarta.bps.go.id)',
  },
  // Regencies of Kalimantan Timur.
  {
    alias: 'Kukar',
    code: '64.02',
    kind: 'abbreviation',
    source:
      'Wikipedia (en), "Kutai Kartanegara Regency (abbreviated as Kukar)"; Dinas Kebudayaan Kabupaten Kutai Timur, "Selayang Pandang"',
  },
  {
    alias: 'Kubar',
    code: '64.07',
    kind: 'abbreviation',
    source:
      'BPS Kabupaten Kutai Barat (kubarkab.bps.go.id), Statistik Daerah Kabupaten Kutai Barat 2019; RPJPD Kubar (Pemerintah Kabupaten Kutai Barat)',
  },
  {
    alias: 'Kutim',
    code: '64.08',
    kind: 'abbreviation',
    source: 'Pemerintah Kabupaten Kutai Timur, kutaitimurkab.go.id/profil/sejarah ("Kutim memiliki potensi ...")',
  },
  {
    alias: 'PPU',
    code: '64.09',
    kind: 'abbreviation',
    source:
      'Kompas.com, "Profil Kabupaten Penajam Paser Utara" (2022-04-02): "Penajam Paser Utara (PPU)"; BPS Kabupaten Penajam Paser Utara (ppukab.bps.go.id)',
  },
  {
    alias: 'Pasir',
    code: '64.01',
    kind: 'former-name',
    source: 'Wikipedia (id), "Kabupaten Penajam Paser Utara": "pemekaran dari Kabupaten Pasir (kini Paser)"',
  },
  // Names and spellings in BPS tables that differ from the Kemendagri list.
  { alias: 'Mahakam Hulu', code: '64.11', kind: 'spelling', source: `${BPS_2020}, BPS 6411` },
  { alias: 'Pangkajene Kepulauan', code: '73.10', kind: 'spelling', source: `${BPS_2020}, BPS 7309 (nama_dagri)` },
  { alias: 'Toba Samosir', code: '12.12', kind: 'former-name', source: `${BPS_2020}, BPS 1206 (now KAB. TOBA)` },
];
