/**
 * The mail-merge values a provider request can use, built from the agent (user), the lead, the
 * virtual number, the team and the call session. Every name is always present (empty when unknown),
 * because templates are strict: a missing field is an error, never a silently blank parameter.
 *
 * Phone numbers come in the forms the seeds ask for: `customerNumber` national (generic connector),
 * `CustomerNumber` as `+91-XXXX` (mobile cloud calling), `PhoneNumberWithCountryCode` E.164.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { isValidObjectId } from 'mongoose';
import type { Models } from '../db/models';
import { findAgentIdFor } from './agents';

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

/** A number in the forms providers want; unparseable input is passed through in every form. */
export function phoneForms(raw: string | null | undefined, country: CountryCode): PhoneForms {
  const s = (raw ?? '').trim();
  if (!s) return { e164: '', national: '', dashed: '' };
  const p = parsePhoneNumberFromString(s, country);
  if (!p) return { e164: s, national: s, dashed: s };
  return { e164: p.number, national: String(p.nationalNumber), dashed: `+${p.countryCallingCode}-${p.nationalNumber}` };
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
      Mobile: lead?.secondaryPhones[0] ?? '',
      ...Object.fromEntries(Object.entries((lead?.fields as Record<string, unknown> | undefined) ?? {}).filter(([, v]) => v === null || typeof v !== 'object')),
    },
    ...input.extra,
  };
}
