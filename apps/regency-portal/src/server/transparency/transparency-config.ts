import { z } from 'zod';

const jsonList = <T extends z.ZodType>(item: T, example: string) =>
  z
    .string()
    .optional()
    .transform((text, context): z.output<T>[] => {
      if (!text) return [];
      try {
        return z.array(item).parse(JSON.parse(text));
      } catch {
        context.addIssue({ code: 'custom', message: `must be a JSON array like ${example}` });
        return z.NEVER;
      }
    });

/**
 * The transparency settings of a deployment (C2SP witness and tiles):
 * - a province runs a witness for its regencies' audit logs (`WITNESS_SIGNING_KEY`, `WITNESS_LOGS`);
 * - a regency has its checkpoints cosigned by witnesses (`AUDIT_WITNESSES`) and publishes its log as
 *   tiles at `/audit-log/`, every `AUDIT_PUBLISH_SECONDS`.
 */
export const transparencyConfigSchema = {
  /** Province: this deployment is a witness with this cosigner key (`spbe audit witness-keygen <name>`). */
  WITNESS_SIGNING_KEY: z.string().min(1).optional(),
  /** Province: the logs it witnesses, JSON `[{"origin": "…", "key": "<log verifier key>"}]`. */
  WITNESS_LOGS: jsonList(
    z.object({ origin: z.string().min(1), key: z.string().min(1) }),
    '[{"origin":"spbe.paserkab.go.id/audit","key":"spbe.paserkab.go.id/audit+…+A…"}]',
  ),
  /** Regency: witnesses that cosign its checkpoints, JSON `[{"url": "https://…/witness", "key": "<witness key>"}]`. */
  AUDIT_WITNESSES: jsonList(
    z.object({ url: z.url(), key: z.string().min(1) }),
    '[{"url":"https://spbe.kaltimprov.go.id/witness","key":"spbe.kaltimprov.go.id/saksi+…+B…"}]',
  ),
  /** Seconds between publications of the audit log (sign, cosign, write tiles); 0 turns the timer off. */
  AUDIT_PUBLISH_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
};
