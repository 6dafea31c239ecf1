import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpbeError } from '../errors/spbe-error.js';
import { ValidationError } from '../validation/validation-error.js';
import {
  allowedPublicationEvents,
  publicationEventTypes,
  publicationStatusLabels,
  publicationStatuses,
  publicationTransitions,
  transition,
  type PublicationEvent,
  type PublicationState,
} from './publication-workflow.js';
import { SatuDataError } from './satu-data-error.js';

describe('transition', () => {
  it('walks draft → submitted → checked → published', () => {
    let state: PublicationState = { status: 'draft' };
    for (const type of ['submit', 'check', 'publish'] as const) state = transition(state, { type });
    expect(state).toEqual({ status: 'published' });
  });

  it('rejects with a reason and lets the producer revise', () => {
    const rejected = transition({ status: 'checked' }, { type: 'reject', reason: 'Satuan belum sesuai Standar Data' });
    expect(rejected).toEqual({ status: 'rejected', reason: 'Satuan belum sesuai Standar Data' });
    expect(transition(rejected, { type: 'revise' })).toEqual({ status: 'draft' });
  });

  it('throws a typed error, in both languages, on an illegal transition', () => {
    try {
      transition({ status: 'draft' }, { type: 'publish' });
      expect.unreachable();
    } catch (error) {
      expect(error).toSatisfy(SatuDataError.isInstance);
      expect((error as SatuDataError).code).toBe('satu_data.illegal_transition');
      expect((error as SatuDataError).format('id')).toBe(
        'type: Peristiwa "Publikasikan" tidak diizinkan pada status "Draf"',
      );
      expect((error as SatuDataError).format('en')).toBe('type: Event "Publish" is not allowed in state "Draft"');
    }
    expect(() => transition({ status: 'published' }, { type: 'revise' })).toThrow(
      expect.toSatisfy(SatuDataError.isInstance),
    );
  });

  it('validates its arguments: a rejection needs a non-blank reason', () => {
    expect(() => transition({ status: 'submitted' }, { type: 'reject', reason: '  ' })).toThrow(
      expect.toSatisfy(ValidationError.isInstance),
    );
    expect(() => transition({ status: 'rejected' } as PublicationState, { type: 'revise' })).toThrow(
      expect.toSatisfy(ValidationError.isInstance),
    );
  });

  it('follows the transition table for any sequence of events (model-based)', () => {
    const event = fc.oneof(
      fc.constantFrom(...publicationEventTypes.filter((type) => type !== 'reject')).map((type) => ({ type })),
      fc
        .string({ minLength: 1 })
        .filter((reason) => /\S/.test(reason))
        .map((reason): PublicationEvent => ({ type: 'reject', reason })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 20 }), (events) => {
        let state: PublicationState = { status: 'draft' };
        for (const happening of events) {
          const expected = publicationTransitions[state.status][happening.type];
          expect(allowedPublicationEvents(state).includes(happening.type)).toBe(expected !== undefined);
          if (expected === undefined) {
            expect(() => transition(state, happening)).toThrow(expect.toSatisfy(SatuDataError.isInstance));
          } else {
            state = transition(state, happening);
            expect(state.status).toBe(expected);
            if (state.status === 'rejected') expect(state.reason).toBe((happening as { reason: string }).reason);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('only ever throws spbe-kit errors on hostile input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (state, event) => {
        try {
          transition(state as PublicationState, event as PublicationEvent);
        } catch (error) {
          expect(error).toSatisfy(SpbeError.isInstance);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('labels every state in both languages and has no dead ends except published', () => {
    for (const status of publicationStatuses) {
      expect(publicationStatusLabels[status].id.length).toBeGreaterThan(0);
      expect(Object.keys(publicationTransitions[status]).length > 0).toBe(status !== 'published');
    }
  });
});

describe('allowedPublicationEvents', () => {
  it('rejects a malformed state with a ValidationError', () => {
    fc.assert(
      fc.property(fc.anything(), (state) => {
        try {
          allowedPublicationEvents(state as PublicationState);
        } catch (error) {
          expect(error).toSatisfy(ValidationError.isInstance);
        }
      }),
      { numRuns: 150 },
    );
    expect(() => allowedPublicationEvents({ status: 'archived' } as never)).toThrow(
      expect.toSatisfy(ValidationError.isInstance),
    );
  });
});
