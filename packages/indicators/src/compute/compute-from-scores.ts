import type { IssuePath } from '@spbe-kit/models';
import type { IndexInputIssue } from '../errors/index-input-error.js';
import { Rational } from '../exact/rational.js';
import type { CompiledMethodology } from '../methodology/compiled-methodology.js';
import { bandOfRational } from './classify.js';
import type {
  AspectResult,
  DomainResult,
  IncompleteIndexResult,
  IndexResult,
  MaybeIncomplete,
} from './index-result.js';
import { valueIssue } from './input-issues.js';
import { readScore } from './read-value.js';
import { attachMethodology } from './result-methodology.js';
import { containerOf, keyCount, reportUnknownKeys, valueAt } from './value-container.js';

const HUNDRED = Rational.of(100n);

/** Scores read from aspect or domain scores (undefined where missing). */
export interface ReadScores {
  readonly part: 'aspect' | 'domain';
  readonly scores: (Rational | undefined)[];
}

/** Reads aspect or domain scores, collecting every issue; undefined when there were any. */
export function readScores(
  methodology: CompiledMethodology,
  part: 'aspect' | 'domain',
  values: unknown,
  partial: boolean,
  path: IssuePath,
  issues: IndexInputIssue[],
  checkKeys: boolean,
): ReadScores | undefined {
  const before = issues.length;
  const container = containerOf(values, path, issues, '');
  if (!container) return undefined;
  const entries = part === 'aspect' ? methodology.aspects : methodology.domains;
  const scores: (Rational | undefined)[] = [];
  let present = 0;
  for (const entry of entries) {
    const raw = valueAt(container, entry.number);
    if (raw === undefined) {
      if (!partial) issues.push(valueIssue(part, entry.number, 'missing', [...path, entry.number]));
      scores.push(undefined);
      continue;
    }
    present++;
    scores.push(readScore(raw, part, entry.number, [...path, entry.number], issues));
  }
  if (checkKeys && keyCount(container) !== present) {
    reportUnknownKeys(
      container,
      part === 'aspect' ? methodology.aspectPosition : methodology.domainPosition,
      part,
      methodology.id,
      path,
      issues,
    );
  }
  return issues.length > before ? undefined : { part, scores };
}

/** The result from aspect or domain scores that were read already (exact rational arithmetic). */
export function resultFromScores(
  methodology: CompiledMethodology,
  read: ReadScores,
): IndexResult | IncompleteIndexResult {
  const fromAspects = read.part === 'aspect';
  const aspects: MaybeIncomplete<AspectResult>[] = [];
  const domains: MaybeIncomplete<DomainResult>[] = [];
  let known = Rational.ZERO;
  let missingWeight = Rational.ZERO;
  const missingParts: number[] = [];
  const missingDomains: number[] = [];
  const parts = fromAspects ? methodology.aspects : methodology.domains;
  parts.forEach((part, position) => {
    const score = read.scores[position];
    if (score === undefined) {
      missingWeight = missingWeight.add(part.weight);
      missingParts.push(part.number);
    } else {
      known = known.add(part.weight.multiply(score));
    }
  });
  if (fromAspects) {
    methodology.aspects.forEach((aspect, position) => {
      const score = read.scores[position];
      aspects.push({
        id: aspect.number,
        name: aspect.definition.name,
        weight: aspect.definition.weight,
        index: score === undefined ? null : score.toNumber(),
        exact: score === undefined ? null : score.toExactString(),
        domain: aspect.domainPosition < 0 ? null : methodology.domains[aspect.domainPosition]!.number,
      });
    });
  }
  methodology.domains.forEach((domain, position) => {
    let score: Rational | undefined;
    if (fromAspects) {
      let sum: Rational | undefined = Rational.ZERO;
      for (const aspectPosition of domain.aspectPositions) {
        const aspectScore = read.scores[aspectPosition];
        sum =
          aspectScore === undefined || sum === undefined
            ? undefined
            : sum.add(methodology.aspects[aspectPosition]!.weight.multiply(aspectScore));
      }
      score = sum?.divide(domain.weight);
    } else {
      score = read.scores[position];
    }
    if (score === undefined) missingDomains.push(domain.number);
    domains.push({
      id: domain.number,
      name: domain.definition.name,
      weight: domain.definition.weight,
      index: score === undefined ? null : score.toNumber(),
      exact: score === undefined ? null : score.toExactString(),
    });
  });
  const source = fromAspects ? 'aspectScores' : 'domainScores';
  if (missingParts.length === 0) {
    const index = known.divide(HUNDRED);
    const result: IndexResult = {
      methodology: methodology.id,
      source,
      complete: true,
      index: index.toNumber(),
      indexExact: index.toExactString(),
      indexDisplay: index.toFixed(2),
      predicate: bandOfRational(methodology, index).band.predicate,
      domains: domains as DomainResult[],
      aspects: aspects as AspectResult[],
      indicators: [],
    };
    return attachMethodology(result, methodology);
  }
  const low = known.add(missingWeight).divide(HUNDRED);
  const high = known.add(missingWeight.multiply(Rational.of(5n))).divide(HUNDRED);
  const result: IncompleteIndexResult = {
    methodology: methodology.id,
    source,
    complete: false,
    index: null,
    indexExact: null,
    indexDisplay: null,
    predicate: null,
    range: {
      min: low.toNumber(),
      minExact: low.toExactString(),
      minPredicate: bandOfRational(methodology, low).band.predicate,
      max: high.toNumber(),
      maxExact: high.toExactString(),
      maxPredicate: bandOfRational(methodology, high).band.predicate,
    },
    missing: {
      indicators: [],
      aspects: fromAspects ? missingParts : [],
      domains: missingDomains,
    },
    domains,
    aspects,
    indicators: [],
  };
  return attachMethodology(result, methodology);
}
