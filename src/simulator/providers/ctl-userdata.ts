/**
 * 8x8's `ctl_userdata` (seed 004): a sequence of `[name|value]` pairs whose values may hold `$token$`
 * placeholders, filled once the click-to-dial call is over; `ctl_callbackUrl` names where the filled
 * string is posted. Shared by the make_call API and by placeCalls, which sends what 8x8 would.
 */
import { clockParts, epochSeconds, hms, tenantTimestamp } from '../clock';
import type { Outgoing, TransactionCode } from '../types';

/** Pairs only: a name without `[`, `]` or `|`, a value without `[` or `]`, nothing in between. */
const PAIR_SEQUENCE = /^(?:\[[^[\]|]+\|[^[\]]*\])*$/;
const PAIR = /\[([^[\]|]+)\|([^[\]]*)\]/g;
const TOKEN = /\$([A-Za-z_]+)\$/g;

export const isPairSequence = (text: string): boolean => PAIR_SEQUENCE.test(text);

export function pairs(text: string): [string, string][] {
  return [...text.matchAll(PAIR)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

export const pairValue = (text: string, name: string): string | undefined => pairs(text).find(([n]) => n === name)?.[1];

export interface CallOutcome {
  callerId: string;
  transactionId: string;
  interactionGuid: string;
  /** Null when the call was never established. */
  answeredAt: Date | null;
  hangupAt: Date | null;
  code: TransactionCode | undefined;
  notes: string;
  /** When the tokens are filled. */
  now: Date;
}

export function tokenValues(o: CallOutcome): Record<string, string> {
  const established = o.answeredAt !== null && o.hangupAt !== null;
  return {
    caller_id: o.callerId,
    transaction_id: o.transactionId,
    call_answered_time: String(established && o.answeredAt ? epochSeconds(o.answeredAt) : 0),
    call_hangup_time: String(established && o.hangupAt ? epochSeconds(o.hangupAt) : 0),
    callAnsweredTenantTT: established && o.answeredAt ? tenantTimestamp(o.answeredAt) : '',
    callHangupTenantTT: established && o.hangupAt ? tenantTimestamp(o.hangupAt) : '',
    callDuration: hms(established && o.answeredAt && o.hangupAt ? (o.hangupAt.getTime() - o.answeredAt.getTime()) / 1000 : 0),
    equal: '=',
    interaction_guid: o.interactionGuid,
    ...clockParts(o.now),
    transaction_codes: o.code ? `${o.code.list}:${o.code.short}` : '',
    notes: o.notes,
    lastTclListName: o.code?.list ?? '',
    lastTclCodeDesc: o.code?.desc ?? '',
    lastTclCodeShort: o.code?.short ?? '',
  };
}

/** Every known `$token$` replaced; unknown ones left as they are, as 8x8 does. */
export function fillTokens(text: string, values: Record<string, string>, encode = false): string {
  return text.replace(TOKEN, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return encode && name !== 'equal' ? encodeURIComponent(value) : value;
  });
}

/** The POST 8x8 makes to `ctl_callbackUrl` once the call is over; null when there is no callback URL. */
export function callbackRequest(ctlUserdata: string, outcome: CallOutcome): Outgoing | null {
  const url = pairValue(ctlUserdata, 'ctl_callbackUrl');
  if (!url) return null;
  const values = tokenValues(outcome);
  const answered = outcome.answeredAt !== null;
  const form = new URLSearchParams({
    ctl_userdata: fillTokens(ctlUserdata, values),
    resultCode: answered ? 'SUCCESS' : 'FAIL',
    errorString: answered ? '' : 'Call was not answered',
  });
  return { method: 'POST', url: fillTokens(url, values, true), contentType: 'application/x-www-form-urlencoded', body: form.toString() };
}
