/**
 * The sector an agency chose for a sector indicator (SPBE 2020: Layanan Publik Sektor, indicators 45–47), which
 * the assessment record of `@spbe-kit/models` requires for those indicators and forbids for the others.
 */
export const sql = /* sql */ `
ALTER TABLE assessment_entries ADD COLUMN sector text;
`;
