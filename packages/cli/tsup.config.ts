import { defineLibraryConfig } from '../../tsup.config.base.ts';

// The CLI runs only on Node: `platform: 'node'` lets the bundle import Node built-ins, kept with their
// `node:` prefix. `bin` is the executable (it starts with a shebang, so tsup marks it executable).
export default defineLibraryConfig(
  {
    index: 'src/index.ts',
    bin: 'src/bin.ts',
  },
  { platform: 'node', removeNodeProtocol: false },
);
