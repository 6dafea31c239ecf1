import { defineLibraryConfig } from '../../tsup.config.base.ts';

export default defineLibraryConfig({
  index: 'src/index.ts',
  testing: 'src/testing/index.ts',
  file: 'src/node/file/index.ts',
  postgres: 'src/node/postgres/index.ts',
  witness: 'src/node/witness/index.ts',
  tiles: 'src/node/tiles/index.ts',
});
