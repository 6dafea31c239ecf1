import packageJson from '../package.json' with { type: 'json' };

/**
 * The installed version of the command.
 *
 * @example
 * ```ts
 * import { cliVersion } from '@spbe-kit/cli';
 * console.log(`spbe ${cliVersion}`); // the version `spbe --version` prints
 * ```
 */
export const cliVersion: string = packageJson.version;
