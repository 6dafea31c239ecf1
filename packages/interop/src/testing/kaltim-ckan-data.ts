import { kaltimRegencies } from './kaltim-regencies.js';

/** A DataStore table of the CKAN mock. */
export interface MockDatastoreTable {
  readonly resourceId: string;
  readonly fields: readonly { readonly id: string; readonly type: string }[];
  readonly records: readonly Record<string, unknown>[];
}

const created = '2024-01-15T02:11:09.123456';
const modified = (day: number): string => `2024-03-${String(day).padStart(2, '0')}T07:45:00.000000`;

/** Organisations (OPD) of the sample Kalimantan Timur portal. */
export const kaltimOrganizations = [
  {
    id: '0d6a7e1b-5c3f-4e21-8b8a-7e0f9c1d2a31',
    name: 'dkp3a',
    title: 'Dinas Kependudukan, Pemberdayaan Perempuan dan Perlindungan Anak',
    description: 'Urusan kependudukan, pemberdayaan perempuan dan perlindungan anak.',
  },
  {
    id: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e51',
    name: 'dinas-kesehatan',
    title: 'Dinas Kesehatan',
    description: 'Perangkat daerah urusan kesehatan.',
  },
  {
    id: '2b3c4d5e-6f70-4a81-9b2c-3d4e5f6a7b81',
    name: 'diskominfo',
    title: 'Dinas Komunikasi dan Informatika',
    description: 'Walidata Satu Data Kalimantan Timur.',
  },
  {
    id: '3a4b5c6d-7e8f-4091-a2b3-c4d5e6f7a8b9',
    name: 'disbun',
    title: 'Dinas Perkebunan',
    description: 'Urusan perkebunan.',
  },
  {
    id: '4f5e6d7c-8b9a-4a0b-8c1d-2e3f4a5b6c7d',
    name: 'bappeda',
    title: 'Badan Perencanaan Pembangunan Daerah',
    description: 'Perencanaan pembangunan daerah.',
  },
] as const;

/** Groups (topics) of the sample portal. */
export const kaltimGroups = [
  {
    id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c51',
    name: 'kependudukan',
    title: 'Kependudukan',
    description: 'Data kependudukan',
  },
  { id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c52', name: 'kesehatan', title: 'Kesehatan', description: 'Data kesehatan' },
  {
    id: '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c53',
    name: 'ekonomi',
    title: 'Ekonomi',
    description: 'Data ekonomi dan perkebunan',
  },
] as const;

const populationRecords = kaltimRegencies.flatMap((regency, index) =>
  ([2021, 2022, 2023] as const).map((year, yearIndex) => {
    const [male, female] = regency.population[year];
    return {
      _id: index * 3 + yearIndex + 1,
      kode_wilayah: regency.kemendagriCode,
      kabupaten_kota: regency.name,
      tahun: year,
      laki_laki: male,
      perempuan: female,
      jumlah_penduduk: male + female,
    };
  }),
);

const puskesmasRecords = kaltimRegencies.map((regency, index) => ({
  _id: index + 1,
  kode_wilayah: regency.kemendagriCode,
  kabupaten_kota: regency.name,
  tahun: 2023,
  jumlah_puskesmas: regency.puskesmas,
}));

/** DataStore tables of the sample portal, by resource id. */
export const kaltimDatastore: readonly MockDatastoreTable[] = [
  {
    resourceId: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01',
    fields: [
      { id: '_id', type: 'int' },
      { id: 'kode_wilayah', type: 'text' },
      { id: 'kabupaten_kota', type: 'text' },
      { id: 'tahun', type: 'int4' },
      { id: 'laki_laki', type: 'numeric' },
      { id: 'perempuan', type: 'numeric' },
      { id: 'jumlah_penduduk', type: 'numeric' },
    ],
    records: populationRecords,
  },
  {
    resourceId: '5d7e9f10-2b3c-4d5e-8f90-a1b2c3d4e5f6',
    fields: [
      { id: '_id', type: 'int' },
      { id: 'kode_wilayah', type: 'text' },
      { id: 'kabupaten_kota', type: 'text' },
      { id: 'tahun', type: 'int4' },
      { id: 'jumlah_puskesmas', type: 'int4' },
    ],
    records: puskesmasRecords,
  },
];

interface DatasetSeed {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly notes: string;
  readonly organization: (typeof kaltimOrganizations)[number]['name'];
  readonly group: (typeof kaltimGroups)[number]['name'];
  readonly tags: readonly string[];
  readonly day: number;
  readonly private?: boolean;
  readonly resources: readonly {
    readonly id: string;
    readonly name: string;
    readonly format: string;
    readonly datastore?: boolean;
  }[];
  readonly extras?: readonly { readonly key: string; readonly value: string }[];
}

const seeds: readonly DatasetSeed[] = [
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e11',
    name: 'jumlah-penduduk-kalimantan-timur',
    title: 'Jumlah Penduduk Menurut Kabupaten/Kota di Kalimantan Timur',
    notes: 'Jumlah penduduk menurut jenis kelamin per kabupaten/kota, 2021-2023.',
    organization: 'dkp3a',
    group: 'kependudukan',
    tags: ['kependudukan', 'penduduk'],
    day: 2,
    resources: [
      { id: '3f6c1c52-6a57-4c1e-9a0b-4a1d2c9e8b01', name: 'Jumlah Penduduk 2021-2023', format: 'CSV', datastore: true },
    ],
    extras: [
      { key: 'frekuensi', value: 'tahunan' },
      { key: 'kode_dssd', value: 'SP00001.00.00' },
    ],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e12',
    name: 'jumlah-puskesmas-kalimantan-timur',
    title: 'Jumlah Puskesmas Menurut Kabupaten/Kota',
    notes: 'Jumlah pusat kesehatan masyarakat per kabupaten/kota tahun 2023.',
    organization: 'dinas-kesehatan',
    group: 'kesehatan',
    tags: ['kesehatan', 'puskesmas'],
    day: 5,
    resources: [
      { id: '5d7e9f10-2b3c-4d5e-8f90-a1b2c3d4e5f6', name: 'Jumlah Puskesmas 2023', format: 'CSV', datastore: true },
    ],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e13',
    name: 'angka-kematian-ibu-kaltim',
    title: 'Angka Kematian Ibu di Kalimantan Timur',
    notes: 'Angka kematian ibu per 100.000 kelahiran hidup.',
    organization: 'dinas-kesehatan',
    group: 'kesehatan',
    tags: ['kesehatan', 'ibu-dan-anak'],
    day: 6,
    resources: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c01', name: 'AKI 2019-2023', format: 'XLSX' }],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e14',
    name: 'cakupan-imunisasi-dasar-lengkap',
    title: 'Cakupan Imunisasi Dasar Lengkap',
    notes: 'Persentase bayi yang mendapat imunisasi dasar lengkap.',
    organization: 'dinas-kesehatan',
    group: 'kesehatan',
    tags: ['kesehatan', 'imunisasi'],
    day: 7,
    resources: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c02', name: 'Cakupan IDL 2023', format: 'CSV' }],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e15',
    name: 'produksi-kelapa-sawit',
    title: 'Produksi Kelapa Sawit Perkebunan Rakyat',
    notes: 'Produksi tandan buah segar kelapa sawit (ton) per kabupaten.',
    organization: 'disbun',
    group: 'ekonomi',
    tags: ['perkebunan', 'kelapa-sawit'],
    day: 9,
    resources: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c03', name: 'Produksi Sawit 2023', format: 'CSV' }],
    extras: [{ key: 'satuan', value: 'ton' }],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e16',
    name: 'indeks-spbe-kabupaten-kota',
    title: 'Indeks SPBE Kabupaten/Kota di Kalimantan Timur',
    notes: 'Nilai indeks Sistem Pemerintahan Berbasis Elektronik hasil evaluasi.',
    organization: 'diskominfo',
    group: 'ekonomi',
    tags: ['spbe', 'tata-kelola'],
    day: 12,
    resources: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c04', name: 'Indeks SPBE 2023', format: 'JSON' }],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e17',
    name: 'daftar-menara-telekomunikasi',
    title: 'Daftar Menara Telekomunikasi',
    notes: 'Lokasi menara telekomunikasi berizin.',
    organization: 'diskominfo',
    group: 'ekonomi',
    tags: ['telekomunikasi'],
    day: 14,
    resources: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c05', name: 'Menara 2023', format: 'GeoJSON' }],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e18',
    name: 'rencana-kerja-pemerintah-daerah',
    title: 'Rencana Kerja Pemerintah Daerah 2024',
    notes: 'Dokumen RKPD Provinsi Kalimantan Timur tahun 2024.',
    organization: 'bappeda',
    group: 'ekonomi',
    tags: ['perencanaan'],
    day: 15,
    resources: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c06', name: 'RKPD 2024', format: 'PDF' }],
  },
  {
    id: '6b8f2d10-1c4e-4d7a-9f3e-2a5b7c9d0e19',
    name: 'data-kasus-kekerasan-anak-terpilah',
    title: 'Data Kasus Kekerasan terhadap Anak (terpilah, terbatas)',
    notes: 'Data terbatas: hanya untuk pengguna berwenang.',
    organization: 'dkp3a',
    group: 'kependudukan',
    tags: ['perlindungan-anak'],
    day: 16,
    private: true,
    resources: [{ id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c07', name: 'Kasus 2023', format: 'CSV' }],
  },
];

/** Builds the CKAN package objects of the sample portal for a given site URL. */
export function buildKaltimPackages(siteUrl: string): Record<string, unknown>[] {
  return seeds.map((seed) => {
    const organization =
      kaltimOrganizations.find((candidate) => candidate.name === seed.organization) ?? kaltimOrganizations[0];
    const group = kaltimGroups.find((candidate) => candidate.name === seed.group) ?? kaltimGroups[0];
    return {
      id: seed.id,
      name: seed.name,
      title: seed.title,
      notes: seed.notes,
      author: organization.title,
      author_email: null,
      maintainer: 'Walidata Diskominfo Kaltim',
      maintainer_email: null,
      license_id: 'cc-by',
      license_title: 'Creative Commons Attribution',
      metadata_created: created,
      metadata_modified: modified(seed.day),
      private: seed.private ?? false,
      state: 'active',
      type: 'dataset',
      owner_org: organization.id,
      organization: {
        id: organization.id,
        name: organization.name,
        title: organization.title,
        type: 'organization',
        description: organization.description,
        image_url: '',
        is_organization: true,
      },
      num_resources: seed.resources.length,
      num_tags: seed.tags.length,
      resources: seed.resources.map((resource, position) => ({
        id: resource.id,
        package_id: seed.id,
        name: resource.name,
        description: `${resource.name} (${organization.title})`,
        format: resource.format,
        url: `${siteUrl}/dataset/${seed.name}/resource/${resource.id}/download/${seed.name}.${resource.format.toLowerCase()}`,
        datastore_active: resource.datastore ?? false,
        created,
        last_modified: modified(seed.day),
        mimetype: resource.format === 'CSV' ? 'text/csv' : null,
        size: 2048 + position,
        position,
      })),
      tags: seed.tags.map((name) => ({ id: `tag-${name}`, name, display_name: name })),
      groups: [
        {
          id: group.id,
          name: group.name,
          title: group.title,
          display_name: group.title,
          description: group.description,
        },
      ],
      extras: seed.extras ?? [],
      // A field only this portal has: clients must pass it through.
      kode_urusan: organization.name === 'dinas-kesehatan' ? '1.02' : '2.00',
    };
  });
}
