import type { InventoryKind } from '../inventories/inventory-kinds.js';

const diskominfo = { name: 'Dinas Komunikasi dan Informatika' };
const bappeda = { name: 'Badan Perencanaan Pembangunan Daerah' };

/** Sample inventory items of the demo regency (illustrative, not an official register). */
export const sampleInventories: { kind: InventoryKind; data: Record<string, unknown> }[] = [
  {
    kind: 'application',
    data: {
      id: 'APP-001',
      name: 'SRIKANDI',
      type: 'umum',
      raaCode: 'RAA.01.02',
      owner: { name: 'Sekretariat Daerah' },
      hosting: 'pdn',
      licence: { kind: 'government-owned' },
      lifecycle: 'operational',
      splpIntegration: 'integrated',
      serviceIds: ['SVC-002'],
    },
  },
  {
    kind: 'application',
    data: {
      id: 'APP-002',
      name: 'Portal Satu Data Balikpapan',
      type: 'khusus',
      raaCode: 'RAA.02.02',
      owner: diskominfo,
      hosting: 'own-data-centre',
      licence: { kind: 'open-source', name: 'AGPL-3.0-only' },
      lifecycle: 'operational',
      splpIntegration: 'planned',
      sourceRepository: { url: 'https://git.balikpapan.go.id/diskominfo/satudata', registeredNationally: true },
      serviceIds: ['SVC-001'],
    },
  },
  {
    kind: 'service',
    data: {
      id: 'SVC-001',
      name: 'Layanan Data Terbuka',
      type: 'publik',
      ralCode: 'RAL.01',
      sector: 'komunikasi-dan-informasi',
      channels: ['web', 'api'],
      maturityLevel: 3,
      owner: diskominfo,
      applicationIds: ['APP-002'],
    },
  },
  {
    kind: 'service',
    data: {
      id: 'SVC-002',
      name: 'Layanan Kearsipan Dinamis',
      type: 'administrasi-pemerintahan',
      ralCode: 'RAL.02',
      sector: 'kearsipan',
      channels: ['web'],
      maturityLevel: 3,
      owner: { name: 'Sekretariat Daerah' },
      applicationIds: ['APP-001'],
    },
  },
  {
    kind: 'dataset',
    data: {
      id: 'DS-001',
      title: 'Jumlah Penduduk per Kecamatan',
      description: 'Jumlah penduduk Kota Balikpapan menurut kecamatan (data contoh).',
      standard: {
        concept: 'Penduduk',
        definition: 'Orang yang berdomisili di wilayah kota',
        measure: 'Jumlah',
        unit: 'jiwa',
      },
      producer: { name: 'Dinas Kependudukan dan Pencatatan Sipil' },
      walidata: diskominfo,
      referenceCodes: ['kode-wilayah-kemendagri'],
      updateSchedule: { frequency: 'annual' },
      licence: 'CC-BY-4.0',
      radCode: 'RAD.03',
      keywords: ['penduduk', 'kecamatan'],
      publication: { status: 'draft' },
    },
  },
  {
    kind: 'dataset',
    data: {
      id: 'DS-002',
      title: 'Indikator Kinerja SPBE',
      standard: {
        concept: 'Indeks SPBE',
        definition: 'Nilai indeks SPBE hasil evaluasi',
        measure: 'Indeks',
        unit: 'poin',
      },
      producer: bappeda,
      walidata: diskominfo,
      referenceCodes: [],
      updateSchedule: { frequency: 'annual' },
      licence: 'CC-BY-4.0',
      publication: { status: 'submitted' },
    },
  },
  {
    kind: 'architecture',
    data: {
      domain: 'business-process',
      id: 'PB-001',
      description: 'Pengelolaan data statistik sektoral',
      referenceCode: 'RAB.09.03',
    },
  },
  {
    kind: 'architecture',
    data: {
      domain: 'infrastructure',
      id: 'INF-001',
      infrastructureType: 'computing-facility',
      name: 'Pusat Data Kota Balikpapan',
      tier: 2,
      referenceCode: 'RAI.01',
    },
  },
];
