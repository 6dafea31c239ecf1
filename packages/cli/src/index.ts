export { run } from './run.js';
export { processIo, type CliIo } from './cli-io.js';
export { exitCodes, type ExitCode } from './exit-codes.js';
export { CliError, UsageError, InputError } from './errors/cli-error.js';
export type { CliErrorCode } from './errors/error-codes.js';
export { cliVersion } from './version.js';
export {
  assessmentFromWorkbook,
  assessmentToWorkbook,
  type WorkbookPlace,
  type WorkbookProblem,
  type WorkbookReading,
} from './spreadsheet/assessment-workbook.js';
