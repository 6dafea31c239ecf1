import { readFileSync } from 'node:fs';
import { WilayahError } from './wilayah-error.js';
import { Wilayah } from './wilayah.js';

/** File name of the bundled region list (in the package's `data/` folder). */
const DATA_FILE = 'wilayah-2025.txt';

/**
 * Options of {@link loadWilayah}.
 *
 * @example
 * ```ts
 * import { loadWilayah, type LoadWilayahOptions } from '@spbe-kit/models/wilayah';
 * // A newer list in spbe-kit's text format, shipped with the application:
 * const options: LoadWilayahOptions = { file: new URL('./wilayah.txt', import.meta.url) };
 * const wilayah = loadWilayah(options);
 * ```
 */
export interface LoadWilayahOptions {
  /** A region list in spbe-kit's text format to read instead of the bundled one (path or `file:` URL). */
  readonly file?: string | URL;
}

function bundledDataFiles(): URL[] {
  // Built code sits in dist/ (one level below the package root); the sources in src/node/wilayah/.
  return [new URL(`../data/${DATA_FILE}`, import.meta.url), new URL(`../../../data/${DATA_FILE}`, import.meta.url)];
}

/**
 * Reads and indexes a region list: the bundled Kepmendagri 300.2.2-2138/2025 list unless `file`
 * is given. Takes about 0.1–0.2 s and 30 MB of heap; keep the result (or use {@link getWilayah}, which
 * loads the bundled list once). Throws {@link WilayahError} (`wilayah.data_unreadable`,
 * `wilayah.invalid_data`).
 *
 * @example
 * ```ts
 * import { loadWilayah } from '@spbe-kit/models/wilayah';
 * const wilayah = loadWilayah();
 * wilayah.version; // 'kepmendagri-300.2.2-2138-2025'
 * ```
 */
export function loadWilayah(options: LoadWilayahOptions = {}): Wilayah {
  const candidates = options.file === undefined ? bundledDataFiles() : [options.file];
  let lastError: unknown;
  for (const file of candidates) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      lastError = error;
      continue;
    }
    return Wilayah.fromText(text);
  }
  throw new WilayahError(
    'wilayah.data_unreadable',
    { id: 'Data wilayah tidak dapat dibaca', en: 'The region data cannot be read' },
    { cause: lastError },
  );
}

let shared: Wilayah | undefined;

/**
 * The bundled region list, loaded and indexed on the first call and shared afterwards.
 *
 * @example
 * ```ts
 * import { getWilayah } from '@spbe-kit/models/wilayah';
 * getWilayah().get('64.71')?.name; // 'Kota Balikpapan'
 * ```
 */
export function getWilayah(): Wilayah {
  shared ??= loadWilayah();
  return shared;
}
