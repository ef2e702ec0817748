/**
 * The mail-merge values a provider request can use, built from the agent (user), the lead, the
 * virtual number, the team and the call session. Every name is always present (empty when unknown),
 * because templates are strict: a missing field is an error, never a silently blank parameter.
 *
 * Phone numbers come in the forms the seeds ask for: `customerNumber` national (generic connector),
 * `CustomerNumber` as `+91-XXXX` (mobile cloud calling), `PhoneNumberWithCountryCode` E.164.
 */
import type { CountryCode } from 'libphonenumber-js/max';
import { phoneFormats } from '../outbound/helpers';
import { isValidObjectId } from 'mongoose';
import type { Models } from '../db/models';
import { isPrototypeKey } from '../security/prototype-keys';
import { findAgentIdFor } from './agents';

/** Every merge value, documented: the designer offers these, and a test keeps them in step with the values. */
export const MERGE_FIELDS: readonly { path: string; description: string; only?: string }[] = [
  { path: 'customerNumber', description: "The lead's number without country code (generic connector's @customerNumber)" },
  { path: 'CustomerNumber', description: "The lead's number as +91-XXXX (mobile cloud calling's @CustomerNumber)" },
  { path: 'PhoneNumberWithCountryCode', description: "The lead's number in E.164" },
  { path: 'virtualNumber', description: 'The virtual number (DID), E.164' },
  { path: 'VirtualNumber', description: 'The virtual number (DID), E.164 (mobile cloud calling spelling)' },
  { path: 'agentNumber', description: "The agent's phone number, E.164" },
  { path: 'agentNumberNational', description: "The agent's phone number without country code" },
  {
    path: 'AssociatedPhoneNumberWithoutCountryCode',
    description: "The agent's phone number without country code (mobile cloud calling spelling)",
  },
  { path: 'agentName', description: "The agent's name" },
  { path: 'agentEmail', description: "The agent's email" },
  { path: 'agentId', description: "The agent's id at the provider (user-agent mapping), else the user id" },
  { path: 'leadId', description: 'The lead id' },
  { path: 'callSessionId', description: "The call's session id (the provider's, or Patchcord's for a click-to-call)" },
  { path: 'date', description: 'Now, ISO 8601 (for a disposition: when it was given)' },
  { path: 'followUpAt', description: "When the follow-up is due, ISO 8601 (a disposition's task due time)" },
  { path: 'timeZone', description: 'The connector\'s time zone, for {{date x "yyyy-MM-dd HH:mm:ss" timeZone}}' },
  {
    path: 'idempotencyKey',
    description:
      'A key the same for every attempt of one click-to-call or disposition, for providers that drop a request they have seen with it (set by the provider API; a fresh one for other requests)',
    only: 'clickToCall, disposition',
  },
  { path: 'dispositionValue', description: 'The value the agent chose', only: 'disposition' },
  { path: 'notes', description: "The agent's notes", only: 'disposition' },
  { path: 'comments', description: "The agent's comments", only: 'disposition' },
  { path: 'number', description: 'The one number, E.164', only: 'blacklistAdd, blacklistRemove' },
  { path: 'numbers', description: 'The numbers, comma-separated', only: 'blacklistAddMany, blacklistRemoveMany' },
  { path: 'User.UserId', description: "The agent's user id" },
  { path: 'User.FirstName', description: "The agent's first name" },
  { path: 'User.LastName', description: "The agent's last name" },
  { path: 'User.EmailAddress', description: "The agent's email" },
  { path: 'User.PhoneMobile', description: "The agent's phone number, E.164" },
  { path: 'User.TelephonyAgentId', description: "The agent's id at the provider (empty when not mapped)" },
  { path: 'User.TeamId', description: "The agent's (first) team id" },
  { path: 'User.TeamName', description: "The agent's (first) team name" },
  { path: 'User.GroupIds', description: "The agent's team ids, comma-separated (Patchcord's groups are teams)" },
  { path: 'Lead.ProspectID', description: 'The lead id' },
  { path: 'Lead.FirstName', description: "The lead's first name" },
  { path: 'Lead.LastName', description: "The lead's last name" },
  { path: 'Lead.EmailAddress', description: "The lead's email" },
  { path: 'Lead.Phone', description: "The lead's number, E.164" },
  { path: 'Lead.Mobile', description: "The lead's second number" },
  { path: 'Lead.<field>', description: "Any of the lead's custom fields" },
  { path: 'credentials.<key>', description: "The connector's credentials (secret ones are redacted wherever a request is shown)" },
  {
    path: 'webhooks.callLog',
    description: "The connector's call-log webhook URL, secret included (never shown), e.g. for a provider callback",
  },
];

export interface MergeInput {
  connectorId: string;
  defaultCountry: CountryCode;
  timeZone: string;
  agentUserId?: string | null;
  leadId?: string | null;
  /** The number to call or being called, when not (only) the lead's. */
  customerNumber?: string | null;
  virtualNumber?: string | null;
  callSessionId?: string | null;
  extra?: Record<string, string>;
}

export interface PhoneForms {
  e164: string;
  national: string;
  dashed: string;
}

/** A number in the forms merge values use (see the `phone` template helper); empty stays empty. */
export function phoneForms(raw: string | null | undefined, country: CountryCode): PhoneForms {
  const { e164, national, dashed } = phoneFormats(raw ?? '', country);
  return { e164, national, dashed };
}

export async function buildMergeValues(models: Models, input: MergeInput): Promise<Record<string, unknown>> {
  const [user, lead] = await Promise.all([
    input.agentUserId && isValidObjectId(input.agentUserId) ? models.User.findById(input.agentUserId).lean() : null,
    input.leadId && isValidObjectId(input.leadId) ? models.Lead.findById(input.leadId).lean() : null,
  ]);
  const team = user?.teamIds[0] ? await models.Team.findById(user.teamIds[0]).lean() : null;
  const country = input.defaultCountry;
  const customer = phoneForms(input.customerNumber ?? lead?.phone, country);
  const agentPhone = phoneForms(user?.phones[0], country);
  const virtual = phoneForms(input.virtualNumber, country);
  const providerAgentId = user ? (findAgentIdFor(user.agentIds, input.connectorId) ?? '') : '';
  const [firstName = '', ...rest] = (user?.name ?? '').split(' ');
  return {
    customerNumber: customer.national,
    CustomerNumber: customer.dashed,
    PhoneNumberWithCountryCode: customer.e164,
    virtualNumber: virtual.e164,
    VirtualNumber: virtual.e164,
    agentNumber: agentPhone.e164,
    agentNumberNational: agentPhone.national,
    AssociatedPhoneNumberWithoutCountryCode: agentPhone.national,
    agentName: user?.name ?? '',
    agentEmail: user?.email ?? '',
    agentId: providerAgentId || (user ? String(user._id) : ''),
    leadId: lead ? String(lead._id) : (input.leadId ?? ''),
    callSessionId: input.callSessionId ?? '',
    date: new Date().toISOString(),
    followUpAt: new Date().toISOString(),
    timeZone: input.timeZone,
    User: {
      UserId: user ? String(user._id) : '',
      FirstName: firstName,
      LastName: rest.join(' '),
      EmailAddress: user?.email ?? '',
      PhoneMobile: agentPhone.e164,
      TelephonyAgentId: providerAgentId,
      TeamId: team ? String(team._id) : '',
      TeamName: team?.name ?? '',
      GroupIds: (user?.teamIds ?? []).map(String).join(','),
    },
    Lead: {
      ProspectID: lead ? String(lead._id) : '',
      FirstName: lead?.firstName ?? '',
      LastName: lead?.lastName ?? '',
      EmailAddress: lead?.email ?? '',
      Phone: lead?.phone ?? customer.e164,
      // Leads created from a call before their upsert wrote `secondaryPhones` have none at all.
      Mobile: lead?.secondaryPhones?.[0] ?? '',
      ...leadFieldValues(lead?.fields as Record<string, unknown> | undefined),
    },
    ...input.extra,
  };
}

/**
 * A lead's custom fields as `Lead.<field>` values: scalars only, and no field named like a prototype
 * key (`Lead.constructor` would read Object's, not a value).
 */
export function leadFieldValues(fields: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields ?? {}).filter(([k, v]) => !isPrototypeKey(k) && (v === null || typeof v !== 'object')));
}
