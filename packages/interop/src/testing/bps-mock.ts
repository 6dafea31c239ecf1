import { kaltimRegencies } from './kaltim-regencies.js';
import { json, startMockServer, type MockRequest, type MockResponse, type MockServer } from './mock-server.js';

/**
 * Options of {@link startBpsMock}.
 *
 * @example
 * ```ts
 * await startBpsMock({ key: 'test-key' });
 * ```
 */
export interface BpsMockOptions {
  /** The application key the mock accepts (default `'bps-mock-key'`). */
  readonly key?: string;
  /**
   * How the answers are spelled (default `'current'`): `'current'` as the WebAPI answers today
   * (`decimal` and years as numbers, a `val` of `"0"` as a string, `data: ""` when nothing is
   * available, var 1005 a table that exists but has no data yet: `tahun: []`, `datacontent: []`),
   * `'legacy'` as older answers (every `decimal` and year a string, no `data` when nothing is
   * available, var 1005 not available).
   */
  readonly format?: 'current' | 'legacy';
}

/**
 * A running BPS WebAPI mock.
 *
 * @example
 * ```ts
 * const mock: BpsMock = await startBpsMock();
 * const bps = createBpsClient({ key: mock.key, baseUrl: mock.baseUrl });
 * ```
 */
export interface BpsMock extends MockServer {
  /** The WebAPI root to give `createBpsClient({ baseUrl })`: `{url}/v1/api`. */
  readonly baseUrl: string;
  /** The application key the mock accepts. */
  readonly key: string;
}

const provinces = [
  ['1100', 'Aceh', 'aceh'],
  ['3100', 'DKI Jakarta', 'jakarta'],
  ['3200', 'Jawa Barat', 'jabar'],
  ['6100', 'Kalimantan Barat', 'kalbar'],
  ['6200', 'Kalimantan Tengah', 'kalteng'],
  ['6300', 'Kalimantan Selatan', 'kalsel'],
  ['6400', 'Kalimantan Timur', 'kaltim'],
  ['6500', 'Kalimantan Utara', 'kaltara'],
].map(([domain_id, domain_name, subdomain]) => ({
  domain_id,
  domain_name,
  domain_url: `https://${subdomain}.bps.go.id`,
}));

const regencies = kaltimRegencies.map((regency) => ({
  domain_id: regency.bpsCode,
  domain_name: regency.name,
  domain_url: `https://${regency.bpsSubdomain}.bps.go.id`,
}));

const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const yearId = (year: number): number => year - 1900;

const lists: Record<string, { readonly idField: string; readonly items: readonly Record<string, unknown>[] }> = {
  subject: {
    idField: 'sub_id',
    items: [
      { sub_id: 12, title: 'Kependudukan', subcat_id: 1, subcat: 'Sosial dan Kependudukan', ntabel: 8 },
      { sub_id: 30, title: 'Kesehatan', subcat_id: 1, subcat: 'Sosial dan Kependudukan', ntabel: 5 },
      { sub_id: 28, title: 'Pendidikan', subcat_id: 1, subcat: 'Sosial dan Kependudukan', ntabel: 6 },
      { sub_id: 23, title: 'Kemiskinan dan Ketimpangan', subcat_id: 1, subcat: 'Sosial dan Kependudukan', ntabel: 4 },
      { sub_id: 6, title: 'Tenaga Kerja', subcat_id: 1, subcat: 'Sosial dan Kependudukan', ntabel: 7 },
      { sub_id: 54, title: 'Perkebunan', subcat_id: 3, subcat: 'Pertanian dan Pertambangan', ntabel: 3 },
    ],
  },
  subcat: {
    idField: 'subcat_id',
    items: [
      { subcat_id: 1, title: 'Sosial dan Kependudukan' },
      { subcat_id: 2, title: 'Ekonomi dan Perdagangan' },
      { subcat_id: 3, title: 'Pertanian dan Pertambangan' },
    ],
  },
  var: {
    idField: 'var_id',
    items: [
      {
        var_id: 1001,
        title: 'Jumlah Penduduk Menurut Kabupaten/Kota dan Jenis Kelamin',
        sub_id: 12,
        sub_name: 'Kependudukan',
        subcsa_id: 1,
        subcsa_name: 'Demografi',
        def: 'Jumlah penduduk hasil proyeksi penduduk',
        notes: '',
        vertical: 1,
        unit: 'Jiwa',
        graph_id: 1,
        graph_name: 'Tabel',
      },
      {
        var_id: 1002,
        title: 'Laju Pertumbuhan Penduduk Menurut Kabupaten/Kota',
        sub_id: 12,
        sub_name: 'Kependudukan',
        def: 'Rata-rata pertumbuhan penduduk per tahun',
        notes: '',
        vertical: 1,
        unit: 'Persen',
      },
      {
        var_id: 1003,
        title: 'Jumlah Puskesmas Menurut Kabupaten/Kota',
        sub_id: 30,
        sub_name: 'Kesehatan',
        def: 'Pusat kesehatan masyarakat',
        notes: '',
        vertical: 1,
        unit: 'Unit',
      },
    ],
  },
  vervar: {
    idField: 'kode_ver_id',
    items: [
      ...kaltimRegencies.map((regency, position) => ({
        kode_ver_id: Number(regency.bpsCode),
        vervar: regency.name,
        item_ver_id: position + 1,
        group_ver_id: 1,
        name_group_ver_id: 'Kabupaten/Kota di Kalimantan Timur',
      })),
      {
        kode_ver_id: 6400,
        vervar: 'Kalimantan Timur',
        item_ver_id: 11,
        group_ver_id: 1,
        name_group_ver_id: 'Kabupaten/Kota di Kalimantan Timur',
      },
    ],
  },
  th: { idField: 'th_id', items: years.map((year) => ({ th_id: yearId(year), th: String(year) })) },
  turvar: {
    idField: 'turvar_id',
    items: [
      { turvar_id: 1, turvar: 'Laki-laki', group_turvar_id: 1, name_group_turvar: 'Jenis Kelamin' },
      { turvar_id: 2, turvar: 'Perempuan', group_turvar_id: 1, name_group_turvar: 'Jenis Kelamin' },
      { turvar_id: 3, turvar: 'Laki-laki + Perempuan', group_turvar_id: 1, name_group_turvar: 'Jenis Kelamin' },
    ],
  },
  turth: {
    idField: 'turth_id',
    items: [{ turth_id: 0, turth: 'Tahun', group_turth_id: 0, name_group_turth: 'Tahunan' }],
  },
  unit: {
    idField: 'unit_id',
    items: [
      { unit_id: 1, unit: 'Jiwa' },
      { unit_id: 2, unit: 'Persen' },
      { unit_id: 3, unit: 'Unit' },
    ],
  },
  publication: {
    idField: 'pub_id',
    items: [
      ['Provinsi Kalimantan Timur Dalam Angka 2024', '2024-02-28'],
      ['Provinsi Kalimantan Timur Dalam Angka 2023', '2023-02-28'],
      ['Statistik Daerah Provinsi Kalimantan Timur 2023', '2023-09-26'],
      ['Indikator Kesejahteraan Rakyat Provinsi Kalimantan Timur 2023', '2023-12-15'],
      ['Profil Kemiskinan Provinsi Kalimantan Timur 2023', '2023-11-30'],
      ['Statistik Kelapa Sawit Provinsi Kalimantan Timur 2022', '2023-10-20'],
      ['Proyeksi Penduduk Kabupaten/Kota Provinsi Kalimantan Timur 2020-2035', '2023-06-30'],
      ['Indeks Pembangunan Manusia Provinsi Kalimantan Timur 2023', '2024-05-02'],
      ['Keadaan Angkatan Kerja Provinsi Kalimantan Timur Agustus 2023', '2023-12-29'],
      ['Statistik Kesejahteraan Rakyat Provinsi Kalimantan Timur 2023', '2023-12-20'],
      ['Produk Domestik Regional Bruto Provinsi Kalimantan Timur 2019-2023', '2024-04-30'],
      ['Statistik Pendidikan Provinsi Kalimantan Timur 2023', '2024-01-31'],
    ].map(([title, date], position) => ({
      pub_id: `8f1c${String(position).padStart(4, '0')}a1b2c3d4e5f6a7b8`,
      title,
      issn: position === 0 ? '0215-2401' : '',
      sch_date: null,
      rl_date: date,
      updt_date: date,
      cover: `https://web-api.bps.go.id/cover.php?f=cover-${position}.jpg`,
      pdf: `https://kaltim.bps.go.id/publication/download/${position}.pdf`,
      size: '4.2 MB',
    })),
  },
  pressrelease: {
    idField: 'brs_id',
    items: [
      {
        brs_id: 1201,
        subj_id: 23,
        subj: 'Kemiskinan dan Ketimpangan',
        title: 'Profil Kemiskinan Kalimantan Timur Maret 2024',
        rl_date: '2024-07-01',
        pdf: 'https://kaltim.bps.go.id/brs/1201.pdf',
      },
      {
        brs_id: 1202,
        subj_id: 6,
        subj: 'Tenaga Kerja',
        title: 'Keadaan Ketenagakerjaan Kalimantan Timur Februari 2024',
        rl_date: '2024-05-06',
        pdf: 'https://kaltim.bps.go.id/brs/1202.pdf',
      },
      {
        brs_id: 1203,
        subj_id: 12,
        subj: 'Kependudukan',
        title: 'Hasil Long Form Sensus Penduduk 2020 Kalimantan Timur',
        rl_date: '2023-01-30',
        pdf: 'https://kaltim.bps.go.id/brs/1203.pdf',
      },
    ],
  },
  statictable: {
    idField: 'table_id',
    items: [
      {
        table_id: 101,
        title: 'Luas Wilayah Menurut Kabupaten/Kota di Provinsi Kalimantan Timur',
        subj_id: 153,
        subj: 'Geografi',
        updt_date: '2023-03-01',
        excel: 'https://kaltim.bps.go.id/statictable/101.xls',
      },
      {
        table_id: 102,
        title: 'Jumlah Desa/Kelurahan Menurut Kabupaten/Kota',
        subj_id: 153,
        subj: 'Geografi',
        updt_date: '2023-03-01',
        excel: 'https://kaltim.bps.go.id/statictable/102.xls',
      },
      {
        table_id: 103,
        title: 'Jumlah Rumah Sakit Menurut Kabupaten/Kota',
        subj_id: 30,
        subj: 'Kesehatan',
        updt_date: '2024-02-01',
        excel: 'https://kaltim.bps.go.id/statictable/103.xls',
      },
    ],
  },
  indicators: {
    idField: 'indicator_id',
    items: [
      {
        indicator_id: 1,
        title: 'Indeks Pembangunan Manusia',
        name: 'IPM 2023',
        data_source: 'BPS',
        value: 78.2,
        unit: '',
      },
      {
        indicator_id: 2,
        title: 'Persentase Penduduk Miskin',
        name: 'Maret 2024',
        data_source: 'BPS',
        value: 5.78,
        unit: 'Persen',
      },
      {
        indicator_id: 3,
        title: 'Tingkat Pengangguran Terbuka',
        name: 'Februari 2024',
        data_source: 'BPS',
        value: 5.32,
        unit: 'Persen',
      },
    ],
  },
};

const populationUnit = 'Jiwa';

function dynamicTable(variable: number, th: string | undefined, current: boolean): MockResponse {
  const notAvailable = current
    ? { status: 'OK', 'data-availability': 'list-not-available', data: '' }
    : { status: 'OK', 'data-availability': 'list-not-available' };
  const yearIds = [121, 122, 123];
  let wanted = yearIds;
  if (th !== undefined && th !== '') {
    const [from, to] = th.split(':').map(Number);
    wanted = yearIds.filter((id) => (to === undefined ? id === from : id >= (from ?? 0) && id <= to));
  }
  if (wanted.length === 0) return json(200, notAvailable);
  const vervar = [
    ...kaltimRegencies.map((regency) => ({ val: Number(regency.bpsCode), label: regency.name })),
    { val: 6400, label: 'Kalimantan Timur' },
  ];
  const tahun = wanted.map((id) => ({ val: id, label: String(1900 + id) }));
  const datacontent: Record<string, number> = {};
  if (variable === 1001) {
    const turvar = [
      { val: 1, label: 'Laki-laki' },
      { val: 2, label: 'Perempuan' },
      { val: 3, label: 'Laki-laki + Perempuan' },
    ];
    for (const id of wanted) {
      const year = (1900 + id) as 2021 | 2022 | 2023;
      let male = 0;
      let female = 0;
      for (const regency of kaltimRegencies) {
        const [m, f] = regency.population[year];
        male += m;
        female += f;
        datacontent[`${regency.bpsCode}1001${1}${id}0`] = m;
        datacontent[`${regency.bpsCode}1001${2}${id}0`] = f;
        datacontent[`${regency.bpsCode}1001${3}${id}0`] = m + f;
      }
      datacontent[`640010011${id}0`] = male;
      datacontent[`640010012${id}0`] = female;
      datacontent[`640010013${id}0`] = male + female;
    }
    return json(200, {
      status: 'OK',
      'data-availability': 'available',
      last_update: '2024-02-28 10:00:00',
      subject: [{ val: 12, label: 'Kependudukan' }],
      var: [
        {
          val: 1001,
          label: 'Jumlah Penduduk Menurut Kabupaten/Kota dan Jenis Kelamin',
          unit: populationUnit,
          subj: 'Kependudukan',
          def: 'Jumlah penduduk hasil proyeksi penduduk',
          decimal: current ? 0 : '0',
          note: '',
        },
      ],
      turvar,
      labelvervar: 'Kabupaten/Kota',
      vervar,
      tahun,
      turtahun: [{ val: 0, label: 'Tahun' }],
      datacontent,
      related: [],
    });
  }
  if (variable === 1003) {
    if (!wanted.includes(123)) return json(200, notAvailable);
    let total = 0;
    for (const regency of kaltimRegencies) {
      datacontent[`${regency.bpsCode}10030${123}0`] = regency.puskesmas;
      total += regency.puskesmas;
    }
    datacontent[`6400100301230`] = total;
    return json(200, {
      status: 'OK',
      'data-availability': 'available',
      last_update: '2024-03-15 08:00:00',
      subject: [{ val: 30, label: 'Kesehatan' }],
      var: [
        {
          val: 1003,
          label: 'Jumlah Puskesmas Menurut Kabupaten/Kota',
          unit: 'Unit',
          subj: 'Kesehatan',
          def: 'Pusat kesehatan masyarakat',
          decimal: current ? 0 : '0',
          note: '',
        },
      ],
      turvar: [{ val: current ? '0' : 0, label: 'Tidak ada' }],
      labelvervar: 'Kabupaten/Kota',
      vervar,
      tahun: [{ val: 123, label: '2023' }],
      turtahun: [{ val: 0, label: 'Tahun' }],
      datacontent,
      related: [],
    });
  }
  if (variable === 1005 && current) {
    // A table BPS has set up but not filled yet: available, with empty years and data.
    return json(200, {
      status: 'OK',
      'data-availability': 'available',
      last_update: null,
      subject: [{ val: 12, label: 'Kependudukan' }],
      var: [
        {
          val: 1005,
          label: 'Jumlah Penduduk Hasil Registrasi',
          unit: 'Jiwa',
          subj: 'Kependudukan',
          def: '',
          decimal: 0,
          note: '',
        },
      ],
      turvar: [{ val: '0', label: 'Tidak ada' }],
      labelvervar: 'Kabupaten/Kota',
      vervar: kaltimRegencies.map((regency) => ({ val: Number(regency.bpsCode), label: regency.name })),
      tahun: [],
      turtahun: [{ val: 0, label: 'Tahun' }],
      datacontent: [],
      related: [],
    });
  }
  return json(200, notAvailable);
}

function page(items: readonly unknown[], pageNumber: number, perPage: number): MockResponse {
  if (items.length === 0) return json(200, { status: 'OK', 'data-availability': 'list-not-available' });
  const pages = Math.ceil(items.length / perPage);
  const slice = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return json(200, {
    status: 'OK',
    'data-availability': 'available',
    data: [{ page: pageNumber, pages, per_page: perPage, count: slice.length, total: items.length }, slice],
  });
}

const servedDomains = new Set(['0000', '6400']);

/**
 * Starts a mock BPS WebAPI on 127.0.0.1 with Kalimantan Timur data: domains (Indonesia,
 * eight provinces, Kaltim's ten regencies/cities with their BPS codes), paged lists of
 * subjects, variables, years, vervar, turvar, units, publications, press releases, static
 * tables and indicators, `view` by id, and two dynamic tables (var 1001: population by
 * regency and sex 2021–2023; var 1003: puskesmas 2023). Figures are illustrative. Answers
 * `{"status":"Error"}` for a wrong key. Faults can be injected with `mock.faults.inject(...)`.
 *
 * @example
 * ```ts
 * import { createBpsClient, bpsDomainIdSchema } from '@spbe-kit/interop';
 * import { startBpsMock } from '@spbe-kit/interop/testing';
 * const mock = await startBpsMock();
 * const bps = createBpsClient({ key: mock.key, baseUrl: mock.baseUrl });
 * const table = await bps.dynamicTable({ domain: bpsDomainIdSchema.parse('6400'), var: 1001 });
 * await mock.close();
 * ```
 */
export async function startBpsMock(options: BpsMockOptions = {}): Promise<BpsMock> {
  const key = options.key ?? 'bps-mock-key';
  const current = (options.format ?? 'current') === 'current';
  const empty = (availability: string): MockResponse =>
    json(
      200,
      current
        ? { status: 'OK', 'data-availability': availability, data: '' }
        : { status: 'OK', 'data-availability': availability },
    );
  const handle = (request: MockRequest): MockResponse => {
    const params = request.url.searchParams;
    if (params.get('key') !== key) return json(200, { status: 'Error', message: 'Invalid key' });
    const path = request.url.pathname.replace(/\/+$/, '');
    if (path === '/v1/api/domain') {
      const type = params.get('type');
      if (type === 'all')
        return page(
          [
            { domain_id: '0000', domain_name: 'Indonesia', domain_url: 'https://www.bps.go.id' },
            ...provinces,
            ...regencies,
          ],
          1,
          1000,
        );
      if (type === 'prov') return page(provinces, 1, 1000);
      if (type === 'kab') return page(regencies, 1, 1000);
      if (type === 'kabbyprov') return page(params.get('prov') === '6400' ? regencies : [], 1, 1000);
      return json(400, { status: 'Error', message: 'Parameter type is required (all, prov, kab, kabbyprov)' });
    }
    const model = params.get('model') ?? '';
    const domain = params.get('domain') ?? '';
    if (!/^[0-9]{4}$/.test(domain)) return json(400, { status: 'Error', message: 'Parameter domain is required' });
    if (path === '/v1/api/list') {
      if (model === 'data') {
        const variable = Number(params.get('var'));
        if (!Number.isInteger(variable) || variable <= 0)
          return json(400, { status: 'Error', message: 'Parameter var is required' });
        return servedDomains.has(domain)
          ? dynamicTable(variable, params.get('th') ?? undefined, current)
          : empty('list-not-available');
      }
      const list = lists[model];
      if (list === undefined) return json(400, { status: 'Error', message: `Model ${model} not found` });
      const perPage = Math.max(1, Number(params.get('perpage') ?? 10) || 10);
      const pageNumber = Math.max(1, Number(params.get('page') ?? 1) || 1);
      const keyword = (params.get('keyword') ?? '').toLowerCase();
      const items = servedDomains.has(domain)
        ? list.items.filter((item) => keyword === '' || JSON.stringify(item).toLowerCase().includes(keyword))
        : [];
      if (items.length === 0) return empty('list-not-available');
      const shown = current && model === 'th' ? items.map((item) => ({ ...item, th: Number(item.th) })) : items;
      return page(shown, pageNumber, perPage);
    }
    if (path === '/v1/api/view') {
      const list = lists[model];
      if (list === undefined) return json(400, { status: 'Error', message: `Model ${model} not found` });
      const id = params.get('id');
      const item = servedDomains.has(domain)
        ? list.items.find((candidate) => String(candidate[list.idField]) === id)
        : undefined;
      return item === undefined
        ? empty('not-available')
        : json(200, { status: 'OK', 'data-availability': 'available', data: item });
    }
    return json(404, { status: 'Error', message: 'Not found' });
  };
  const server = await startMockServer(handle, {
    errorResponse: (status, fault) =>
      fault.kind === 'status' && fault.body !== undefined
        ? { status, body: fault.body, headers: { 'content-type': fault.contentType ?? 'application/json' } }
        : json(
            status,
            { status: 'Error', message: status === 429 ? 'Too Many Requests' : 'Internal Server Error' },
            fault.kind === 'rate-limit' ? { 'retry-after': String(fault.retryAfterSeconds) } : {},
          ),
  });
  return Object.assign(server, { baseUrl: `${server.url}/v1/api`, key });
}
