import type { IdentifierErrorCode } from '../identifiers/identifier-error.js';

/**
 * Every code spbe-kit's own checks put on an issue (`error.issues[].code`) of a `ValidationError` from
 * the models' schemas, or of an `ArchitectureValidationError`, besides zod's own codes (`invalid_type`,
 * `too_small`, ...). A schema that checks an identifier reports the identifier's {@link IdentifierErrorCode}.
 *
 * @example
 * ```ts
 * import { safeParseWith, inventorySchema, type ModelsIssueCode } from '@spbe-kit/models';
 * const duplicate: ModelsIssueCode = 'inventory.duplicate_id';
 * const result = safeParseWith(inventorySchema, {});
 * if (!result.success) result.error.issues.some((issue) => issue.code === duplicate); // false: the shape is wrong first
 * ```
 */
export type ModelsIssueCode =
  | IdentifierErrorCode
  | 'region_code.invalid_province'
  | 'region_code.invalid_regency'
  | 'region_code.invalid_district'
  | 'region_code.invalid_village'
  | 'region_code.invalid_island'
  | 'region_code.not_kabupaten'
  | 'region_code.not_kota'
  | 'region_code.unknown_province'
  | 'region_code.unknown_regency'
  | 'perangkat_daerah.kecamatan_in_province'
  | 'perangkat_daerah.district_required'
  | 'perangkat_daerah.district_outside_region'
  | 'perangkat_daerah.district_not_allowed'
  | 'assessment.evidence_location'
  | 'assessment.shape_duplicate_number'
  | 'assessment.shape_unknown_number'
  | 'assessment.shape_value_domain'
  | 'assessment.unknown_indicator'
  | 'assessment.duplicate_indicator'
  | 'assessment.sector_required'
  | 'assessment.sector_not_allowed'
  | 'assessment.external_origin_not_allowed'
  | 'assessment.missing_indicator'
  | 'audit_event.clear_identifier'
  | 'audit_event.pseudonym.too_long'
  | 'audit_event.pseudonym.invalid'
  | 'audit_event.code.too_long'
  | 'audit_event.code.invalid'
  | 'audit_event.identifier.too_long'
  | 'audit_event.identifier.invalid'
  | 'audit_event.actor_pseudonym_required'
  | 'audit_event.too_many_subjects'
  | 'audit_event.purpose_required'
  | 'inventory.duplicate_id'
  | 'inventory.dangling_link'
  | 'architecture.validity_order'
  | 'architecture.reference_version_mismatch'
  | 'architecture.period_order'
  | 'architecture.duplicate_id'
  | 'architecture.dangling_link'
  | 'architecture.relation_domain_mismatch'
  | 'architecture.duplicate_edge'
  | 'architecture.code_not_in_reference'
  | 'architecture.code_without_national_parent';
