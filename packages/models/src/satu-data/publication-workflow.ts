import { z } from 'zod';
import { localizedPattern, parseWith } from '../validation/parse.js';
import { SatuDataError } from './satu-data-error.js';
import {
  type PublicationStatus,
  publicationStatusLabels,
  type PublicationEventType,
  publicationEventLabels,
} from './publication-labels.js';
export {
  publicationStatuses,
  type PublicationStatus,
  publicationStatusLabels,
  publicationEventTypes,
  type PublicationEventType,
  publicationEventLabels,
} from './publication-labels.js';

/**
 * The workflow as data: for each state, the events it accepts and the state each leads to.
 * `published` is final; a new release of the data is a new submission.
 *
 * @example
 * ```ts
 * import { publicationTransitions } from '@spbe-kit/models';
 * publicationTransitions.submitted; // { check: 'checked', reject: 'rejected' }
 * ```
 */
export const publicationTransitions: Readonly<
  Record<PublicationStatus, Partial<Readonly<Record<PublicationEventType, PublicationStatus>>>>
> = {
  draft: { submit: 'submitted' },
  submitted: { check: 'checked', reject: 'rejected' },
  checked: { publish: 'published', reject: 'rejected' },
  published: {},
  rejected: { revise: 'draft' },
};

// A pattern (not `.trim()`) so that JSON Schema rejects blank reasons too.
const reason = z
  .string()
  .max(2000)
  .regex(localizedPattern(/\S/, { id: 'Tidak boleh kosong atau hanya spasi', en: 'May not be empty or only spaces' }));

/**
 * A publication state; `rejected` carries the walidata's reason.
 *
 * @example
 * ```ts
 * import { publicationStateSchema } from '@spbe-kit/models';
 * publicationStateSchema.parse({ status: 'rejected', reason: 'Metadata satuan belum diisi' });
 * ```
 */
export const publicationStateSchema = z
  .discriminatedUnion('status', [
    z.strictObject({ status: z.literal('draft') }),
    z.strictObject({ status: z.literal('submitted') }),
    z.strictObject({ status: z.literal('checked') }),
    z.strictObject({ status: z.literal('published') }),
    z.strictObject({ status: z.literal('rejected'), reason }),
  ])
  .meta({
    title: 'Satu Data publication state',
    description: 'Where a dataset stands in the draft → submitted → checked → published workflow.',
  });

/**
 * A publication state as validated by {@link publicationStateSchema}.
 *
 * @example
 * ```ts
 * import type { PublicationState } from '@spbe-kit/models';
 * const state: PublicationState = { status: 'draft' };
 * ```
 */
export type PublicationState = z.output<typeof publicationStateSchema>;

/**
 * A workflow event; `reject` needs a reason.
 *
 * @example
 * ```ts
 * import { publicationEventSchema } from '@spbe-kit/models';
 * publicationEventSchema.parse({ type: 'reject', reason: 'Konsep dan definisi belum sesuai Standar Data' });
 * ```
 */
export const publicationEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit') }),
  z.strictObject({ type: z.literal('check') }),
  z.strictObject({ type: z.literal('publish') }),
  z.strictObject({ type: z.literal('reject'), reason }),
  z.strictObject({ type: z.literal('revise') }),
]);

/**
 * A workflow event as validated by {@link publicationEventSchema}.
 *
 * @example
 * ```ts
 * import type { PublicationEvent } from '@spbe-kit/models';
 * const event: PublicationEvent = { type: 'submit' };
 * ```
 */
export type PublicationEvent = z.output<typeof publicationEventSchema>;

/**
 * The events a state accepts. A malformed state throws `ValidationError`.
 *
 * @example
 * ```ts
 * import { allowedPublicationEvents } from '@spbe-kit/models';
 * allowedPublicationEvents({ status: 'checked' }); // ['publish', 'reject']
 * ```
 */
export function allowedPublicationEvents(state: PublicationState): PublicationEventType[] {
  return Object.keys(publicationTransitions[parseWith(publicationStateSchema, state).status]) as PublicationEventType[];
}

/**
 * The pure transition function of the publication workflow: the state after `event`. Both
 * arguments are validated first (a malformed one throws a `ValidationError`); an event the state
 * does not accept throws {@link SatuDataError} with code `satu_data.illegal_transition`.
 *
 * @example
 * ```ts
 * import { transition } from '@spbe-kit/models';
 * let state = transition({ status: 'draft' }, { type: 'submit' }); // { status: 'submitted' }
 * state = transition(state, { type: 'reject', reason: 'Satuan belum diisi' }); // { status: 'rejected', reason: 'Satuan belum diisi' }
 * state = transition(state, { type: 'revise' }); // { status: 'draft' }
 * ```
 */
export function transition(state: PublicationState, event: PublicationEvent): PublicationState {
  const current = parseWith(publicationStateSchema, state);
  const happening = parseWith(publicationEventSchema, event);
  const next = publicationTransitions[current.status][happening.type];
  if (next === undefined) {
    const from = publicationStatusLabels[current.status];
    const what = publicationEventLabels[happening.type];
    throw new SatuDataError(
      'satu_data.illegal_transition',
      {
        id: `Peristiwa "${what.id}" tidak diizinkan pada status "${from.id}"`,
        en: `Event "${what.en}" is not allowed in state "${from.en}"`,
      },
      ['type'],
    );
  }
  // Only `reject` leads to `rejected` (see publicationTransitions), and it carries the reason.
  if (happening.type === 'reject') return { status: 'rejected', reason: happening.reason };
  return { status: next } as PublicationState;
}
