/**
 * What Ozonetel's API and the generic Mobile Cloud Calling API (seed 002) share: the account, the
 * click-to-call checks with their exact error messages, the incoming-call pull API and its
 * documented answers, the DID list.
 */
import { istWallClock } from '../clock';
import { json } from '../http-kit';
import { national, toE164 } from '../numbers';
import type { ProviderContext, SimContext, SimReply } from '../provider-types';
import { agentByPhone, findAgent, isDnd, matchDid, ringingFor } from '../state';
import type { SimAgent } from '../types';

export interface CloudCallingAccount {
  username: string;
  apiKey: string;
  /** Where its call logs go after a click-to-call. */
  callLogUrl?: string;
}

export type CloudCallingContext = ProviderContext<CloudCallingAccount, never>;

/** The preset's provider settings pointing at the simulated API. */
export const cloudCallingCredentials = (account: CloudCallingAccount, baseUrl: string): Record<string, string> => ({
  baseUrl,
  apiKey: account.apiKey,
  username: account.username,
});

export const error = (message: string): SimReply => json({ status: 'error', message });

export interface DialRequest {
  credentialsOk: boolean;
  agentId: string | undefined;
  /** AgentManualDial needs the agent logged in and ready; PhoneManualDial rings an offline agent. */
  requireLogin: boolean;
  did: string | undefined;
  customer: string | undefined;
  /** A shape the raw customer number must have, else "Invalid customer number format". */
  customerFormat?: RegExp;
}

export interface Dial {
  agent: SimAgent;
  did: string;
  customer: string;
}

/** The checks in the order the provider makes them; a string is the error message. */
export function checkDial(ctx: SimContext, r: DialRequest): Dial | string {
  if (!r.credentialsOk) return 'Invalid api_key or username';
  const agent = findAgent(ctx.state, r.agentId);
  if (!agent) return r.requireLogin ? 'Agent is not logged in' : 'Invalid phone name';
  if (r.requireLogin && !agent.loggedIn) return 'Agent is not logged in';
  const did = matchDid(ctx.state, r.did);
  if (!did) return 'Invalid campaign name';
  if (r.customerFormat && !r.customerFormat.test(r.customer ?? '')) return 'Invalid customer number format';
  const customer = toE164(r.customer);
  if (!customer) return 'Invalid customer number';
  if (isDnd(ctx.state, customer)) return 'Customer number is in DND';
  return { agent, did, customer };
}

/** Lets the click-to-call play out, ending in a call log to the account's call-log URL. */
export function startOutbound(ctx: CloudCallingContext, id: string, dial: Dial, campaign: string): void {
  ctx.placeOutboundCall(
    {
      sessionId: id,
      customer: dial.customer,
      agent: dial.agent,
      did: dial.did,
      campaign,
      hangupBy: ctx.rng.chance(0.5) ? 'AgentHangup' : 'CustomerHangup',
    },
    ctx.account().callLogUrl,
  );
}

/** At most `perMinute()` calls in any calendar minute. */
export function makeLimiter(perMinute: () => number): () => boolean {
  let minute = 0;
  let count = 0;
  return () => {
    const now = Math.floor(Date.now() / 60_000);
    if (now !== minute) [minute, count] = [now, 0];
    count += 1;
    return count <= perMinute();
  };
}

export interface PullRequest {
  userName: string | undefined;
  apiKey: string | undefined;
  agentPhoneNumber: string | undefined;
}

/** Seed 002 section 1.2, answer for answer; sees only this provider's ringing calls. */
export function pullAnswer(ctx: CloudCallingContext, p: PullRequest, withinLimit: () => boolean): SimReply {
  const account = ctx.account();
  if (!p.userName) return error('userName should not be empty');
  if (!p.apiKey) return error('apiKey should not be empty');
  if (!p.agentPhoneNumber) return error('agentPhoneNumber should not be empty');
  if (p.userName !== account.username || p.apiKey !== account.apiKey) return error('userName or apiKey is Invalid');
  if (!withinLimit()) return error('max limit exceeded');
  const phone = toE164(p.agentPhoneNumber);
  const agent = phone ? agentByPhone(ctx.state, phone) : undefined;
  if (!agent) return error('Invalid Agent Phone Number');
  const call = ringingFor(ctx.state, ctx.id, agent.phone);
  if (!call) return error('There is no call at this moment with this Agent PhoneNumber');
  const customer = toE164(call.customerNumber) ?? call.customerNumber;
  return json({
    status: 'success',
    customerNumber: national(customer),
    monitorUcid: call.ucid,
    callStartTime: istWallClock(call.startedAt),
  });
}

/** The account's DIDs as national numbers, as both DID-list APIs answer them. */
export const nationalDids = (ctx: SimContext): string[] => ctx.state.dids.map((d) => national(toE164(d) ?? d));
