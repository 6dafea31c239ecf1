/**
 * Every code an error of the `spbe` command carries (`UsageError`, exit 2, for a wrong command
 * line; `InputError`, exit 1, for input that cannot be read). Errors of the libraries keep their
 * own codes (`indicators.`, `log.`, ...).
 *
 * @example
 * ```ts
 * import { CliError, type CliErrorCode } from '@spbe-kit/cli';
 * function codeOf(error: unknown): CliErrorCode | undefined {
 *   return CliError.isInstance(error) ? error.code : undefined;
 * }
 * ```
 */
export type CliErrorCode =
  | 'cli.assessment_incomplete'
  | 'cli.audit_checkpoint_invalid'
  | 'cli.audit_checkpoint_order'
  | 'cli.audit_identifier_type'
  | 'cli.audit_needs_proof'
  | 'cli.audit_needs_signer'
  | 'cli.audit_no_checkpoint'
  | 'cli.audit_no_identifiers'
  | 'cli.audit_no_key'
  | 'cli.audit_no_pseudonym_key'
  | 'cli.audit_origin'
  | 'cli.audit_proof_json'
  | 'cli.audit_proof_shape'
  | 'cli.audit_proof_sizes'
  | 'cli.audit_prove_what'
  | 'cli.audit_pseudonym_key_format'
  | 'cli.audit_quorum_too_large'
  | 'cli.audit_quorum_without_witness'
  | 'cli.audit_store'
  | 'cli.audit_tiles_https'
  | 'cli.audit_tiles_index'
  | 'cli.audit_tiles_key'
  | 'cli.audit_tiles_size'
  | 'cli.bad_format'
  | 'cli.bad_json_option'
  | 'cli.bad_lock'
  | 'cli.bad_max_raise'
  | 'cli.bad_option'
  | 'cli.bad_step'
  | 'cli.bad_target'
  | 'cli.bad_top'
  | 'cli.bad_year'
  | 'cli.bad_years'
  | 'cli.cannot_write'
  | 'cli.column_exists'
  | 'cli.column_not_found'
  | 'cli.compare_unpaired'
  | 'cli.csv_delimiter'
  | 'cli.csv_empty'
  | 'cli.csv_syntax'
  | 'cli.csv_width'
  | 'cli.empty_input'
  | 'cli.evidence_missing'
  | 'cli.file_not_found'
  | 'cli.history_without_agency'
  | 'cli.history_without_year'
  | 'cli.invalid_utf8'
  | 'cli.json_structure'
  | 'cli.json_syntax'
  | 'cli.json_unterminated'
  | 'cli.methodology_mismatch'
  | 'cli.missing_methodology'
  | 'cli.missing_output'
  | 'cli.not_a_file'
  | 'cli.output_folder_missing'
  | 'cli.plan_needs_target'
  | 'cli.region_ambiguous'
  | 'cli.region_not_found'
  | 'cli.schema_file_missing'
  | 'cli.unknown_schema'
  | 'cli.utf16_without_bom'
  | 'cli.xlsx_identity_missing'
  | 'cli.xlsx_no_sheet'
  | 'cli.xlsx_unreadable'
  | 'cli.zip_input';
