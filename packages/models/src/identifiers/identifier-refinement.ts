import type { z } from 'zod';
import { modelsIssue } from '../validation/parse.js';
import type { IdentifierError } from './identifier-error.js';

/**
 * A zod `superRefine` callback that reports the first problem found by `problemOf` as one custom
 * issue carrying the identifier's stable code and both languages (see `localizedIssue`), and stops
 * the checks that follow (they only exist to put a `pattern` into the exported JSON Schema).
 */
export function identifierRefinement(problemOf: (value: string) => IdentifierError | undefined) {
  return (value: string, context: z.RefinementCtx<string>): void => {
    const problem = problemOf(value);
    if (problem) context.addIssue({ code: 'custom', ...modelsIssue(problem.code, problem.messages), continue: false });
  };
}
