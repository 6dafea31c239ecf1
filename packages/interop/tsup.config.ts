import { defineLibraryConfig } from '../../tsup.config.base.ts';

export default defineLibraryConfig({
  index: 'src/index.ts',
  testing: 'src/testing/index.ts',
});
