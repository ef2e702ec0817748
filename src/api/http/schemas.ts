/** Request and answer schemas shared by several admin routes. */
import { z } from 'zod';
import { normalizePhone, toCountryCode } from '../../call/phone';
import { DUPLICATE_POLICIES } from '../../domain/connector';

export const objectId = z.string().refine((v) => /^[0-9a-f]{24}$/i.test(v), 'must be a 24-character hex id');
export const idParams = z.object({ id: objectId });

export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((v) => toCountryCode(v) !== null, 'must be an ISO 3166 country code such as IN or US');

export const timeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Kolkata');

/** A phone number as typed by an admin; stored normalised to E.164 with the given default country. */
export function phoneIn(defaultCountry: string) {
  return z
    .string()
    .trim()
    .min(1)
    .transform((raw, ctx) => {
      const normalized = normalizePhone(raw, toCountryCode(defaultCountry) ?? 'IN');
      if (!normalized) {
        ctx.addIssue({ code: 'custom', message: `"${raw}" is not a phone number` });
        return z.NEVER;
      }
      return normalized;
    });
}

export const paging = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  skip: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), total: z.number().int() });

const webhookUrlsSchema = z.object({
  callLog: z.string(),
  events: z.string(),
  route: z.string(),
  popup: z.string(),
  callEvent: z.string(),
  sso: z.string(),
});

/** A connector as the admin API answers it. */
export const connectorResponse = z.object({
  id: z.string(),
  name: z.string(),
  presetId: z.string(),
  defaultCountry: z.string(),
  timeZone: z.string(),
  isDefault: z.boolean(),
  teamIds: z.array(z.string()),
  virtualNumbers: z.array(z.object({ number: z.string(), tag: z.string(), source: z.enum(['manual', 'sync']) })),
  duplicatePolicy: z.enum(DUPLICATE_POLICIES),
  createUnknownLeads: z.boolean(),
  sso: z.object({ enabled: z.boolean() }),
  mappings: z.object({ callLog: z.object({ expression: z.string(), version: z.number(), updatedAt: z.date().optional() }) }),
  authHeaderEnabled: z.boolean(),
  webhookUrls: webhookUrlsSchema,
});

/** The webhook URLs with their secret, shown once (create, clone, rotate). */
export const revealedUrls = z.object({ webhookUrls: webhookUrlsSchema, notice: z.string() });
