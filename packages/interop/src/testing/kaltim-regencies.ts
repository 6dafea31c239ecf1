/**
 * The regencies and cities of Kalimantan Timur with both code systems. Kemendagri and BPS
 * codes diverge (Kutai Barat is Kemendagri 64.07 but BPS 6402), which is why they are kept
 * apart. Population figures are rounded, illustrative sample values for the mocks, not
 * official statistics.
 *
 * @example
 * ```ts
 * const samarinda: KaltimRegency | undefined = kaltimRegencies.find((regency) => regency.kemendagriCode === '64.72');
 * ```
 */
export interface KaltimRegency {
  readonly kemendagriCode: string;
  readonly bpsCode: string;
  readonly name: string;
  readonly bpsSubdomain: string;
  /** Illustrative population by year: [male, female]. */
  readonly population: Readonly<Record<2021 | 2022 | 2023, readonly [number, number]>>;
  readonly puskesmas: number;
}

/**
 * Sample regencies and cities of Kalimantan Timur used by every mock.
 *
 * @example
 * ```ts
 * kaltimRegencies.find((regency) => regency.name === 'Kutai Barat')?.bpsCode; // '6402'
 * ```
 */
export const kaltimRegencies: readonly KaltimRegency[] = [
  {
    kemendagriCode: '64.01',
    bpsCode: '6401',
    name: 'Paser',
    bpsSubdomain: 'paserkab',
    population: { 2021: [146_210, 135_430], 2022: [149_020, 137_980], 2023: [151_870, 140_560] },
    puskesmas: 18,
  },
  {
    kemendagriCode: '64.07',
    bpsCode: '6402',
    name: 'Kutai Barat',
    bpsSubdomain: 'kubarkab',
    population: { 2021: [89_340, 81_250], 2022: [90_780, 82_640], 2023: [92_210, 84_010] },
    puskesmas: 19,
  },
  {
    kemendagriCode: '64.02',
    bpsCode: '6403',
    name: 'Kutai Kartanegara',
    bpsSubdomain: 'kukarkab',
    population: { 2021: [383_120, 357_470], 2022: [389_560, 363_540], 2023: [395_980, 369_620] },
    puskesmas: 32,
  },
  {
    kemendagriCode: '64.08',
    bpsCode: '6404',
    name: 'Kutai Timur',
    bpsSubdomain: 'kutimkab',
    population: { 2021: [232_410, 208_140], 2022: [238_920, 214_010], 2023: [245_430, 219_880] },
    puskesmas: 21,
  },
  {
    kemendagriCode: '64.03',
    bpsCode: '6405',
    name: 'Berau',
    bpsSubdomain: 'beraukab',
    population: { 2021: [139_870, 125_110], 2022: [142_650, 127_720], 2023: [145_420, 130_330] },
    puskesmas: 21,
  },
  {
    kemendagriCode: '64.09',
    bpsCode: '6409',
    name: 'Penajam Paser Utara',
    bpsSubdomain: 'ppukab',
    population: { 2021: [96_980, 90_050], 2022: [99_120, 92_040], 2023: [101_260, 94_030] },
    puskesmas: 11,
  },
  {
    kemendagriCode: '64.11',
    bpsCode: '6411',
    name: 'Mahakam Ulu',
    bpsSubdomain: 'mahulukab',
    population: { 2021: [18_140, 15_890], 2022: [18_420, 16_170], 2023: [18_700, 16_450] },
    puskesmas: 5,
  },
  {
    kemendagriCode: '64.71',
    bpsCode: '6471',
    name: 'Kota Balikpapan',
    bpsSubdomain: 'balikpapankota',
    population: { 2021: [358_790, 342_010], 2022: [363_140, 346_280], 2023: [367_490, 350_550] },
    puskesmas: 27,
  },
  {
    kemendagriCode: '64.72',
    bpsCode: '6472',
    name: 'Kota Samarinda',
    bpsSubdomain: 'samarindakota',
    population: { 2021: [425_330, 414_720], 2022: [430_670, 419_980], 2023: [436_010, 425_240] },
    puskesmas: 26,
  },
  {
    kemendagriCode: '64.74',
    bpsCode: '6474',
    name: 'Kota Bontang',
    bpsSubdomain: 'bontangkota',
    population: { 2021: [94_310, 87_430], 2022: [95_820, 88_910], 2023: [97_330, 90_390] },
    puskesmas: 6,
  },
];
