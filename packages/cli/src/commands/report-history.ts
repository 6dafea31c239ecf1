import { indexHistory, type IndexHistory } from '@spbe-kit/indicators';
import type { CommandContext } from '../context.js';
import { InputError } from '../errors/cli-error.js';
import { readAssessmentResults, type AssessmentResult } from './assessment-results.js';
import type { AssessmentInputOptions } from './common-options.js';

/** The records of earlier years (`--history`), each file read as the main input is. */
export async function readHistory(
  context: CommandContext,
  files: readonly string[],
  options: AssessmentInputOptions,
): Promise<AssessmentResult[]> {
  const results: AssessmentResult[] = [];
  for (const file of files) results.push(...(await readAssessmentResults(context, file, options)));
  for (const item of results) {
    if (typeof item.label.year !== 'number' || !Number.isSafeInteger(item.label.year))
      throw new InputError('cli.history_without_year', {
        id: `${item.where}: rekaman riwayat tanpa tahun (year) tidak dapat ditempatkan dalam tren`,
        en: `${item.where}: a history record without a year cannot be placed in the trend`,
      });
    if (item.label.agency === undefined)
      throw new InputError('cli.history_without_agency', {
        id: `${item.where}: rekaman riwayat tanpa instansi (agency) tidak dapat dipasangkan`,
        en: `${item.where}: a history record without an agency cannot be matched`,
      });
  }
  return results;
}

/**
 * The history of the agency of `current`: its own year and every history record of the same agency,
 * one series per methodology (`indexHistory`); `null` when it names no agency or year. A year given
 * twice (the same file passed twice, say) is reported by `indexHistory` as a `HistoryError`.
 */
export function agencyHistory(current: AssessmentResult, history: readonly AssessmentResult[]): IndexHistory | null {
  const { agency, year } = current.label;
  if (agency === undefined || typeof year !== 'number') return null;
  const entries = [current, ...history.filter((item) => item.label.agency === agency)].map((item) => ({
    year: item.label.year as number,
    result: item.result,
  }));
  return indexHistory(entries);
}
