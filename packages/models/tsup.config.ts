import { defineLibraryConfig } from '../../tsup.config.base.ts';

export default defineLibraryConfig(
  {
    index: 'src/index.ts',
    errors: 'src/errors/index.ts',
    wilayah: 'src/node/wilayah/index.ts',
    'wilayah-lite': 'src/wilayah-lite/index.ts',
    labels: 'src/labels/index.ts',
  },
  {
    // The Node-only wilayah entry finds its data file through import.meta.url; the CommonJS build needs it shimmed.
    shims: true,
  },
);
