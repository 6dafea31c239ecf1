/**
 * The demo tenants: Provinsi Kalimantan Timur and its 10 regencies/cities under their Kemendagri region codes
 * (Kepmendagri 300.2.2-2138/2025). BPS domain codes differ from Kemendagri codes and come from the bridge
 * table of `@spbe-kit/models` at seed time.
 */
export const kalimantanTimur = {
  province: { regionCode: '64', name: 'Provinsi Kalimantan Timur' },
  regencies: [
    { regionCode: '64.01', kind: 'regency', name: 'Kabupaten Paser', slug: 'paser' },
    { regionCode: '64.02', kind: 'regency', name: 'Kabupaten Kutai Kartanegara', slug: 'kukar' },
    { regionCode: '64.03', kind: 'regency', name: 'Kabupaten Berau', slug: 'berau' },
    { regionCode: '64.07', kind: 'regency', name: 'Kabupaten Kutai Barat', slug: 'kubar' },
    { regionCode: '64.08', kind: 'regency', name: 'Kabupaten Kutai Timur', slug: 'kutim' },
    { regionCode: '64.09', kind: 'regency', name: 'Kabupaten Penajam Paser Utara', slug: 'ppu' },
    { regionCode: '64.11', kind: 'regency', name: 'Kabupaten Mahakam Ulu', slug: 'mahulu' },
    { regionCode: '64.71', kind: 'city', name: 'Kota Balikpapan', slug: 'balikpapan' },
    { regionCode: '64.72', kind: 'city', name: 'Kota Samarinda', slug: 'samarinda' },
    { regionCode: '64.74', kind: 'city', name: 'Kota Bontang', slug: 'bontang' },
  ],
} as const;

/** The regency whose Diskominfo the demo signs in as. */
export const demoHomeRegency = '64.71';
