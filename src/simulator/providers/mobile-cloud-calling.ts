/**
 * The generic Mobile Cloud Calling API a telephony partner provides (seed 002 sections 1–7):
 * click2call, the incoming-call pull API and the DID list. It sends the seed's standard format:
 * popup and call events as JSON, and the call log as raw JSON declared as a form.
 */
import { istWallClock } from '../clock';
import { defineSimulatedProvider } from '../define-provider';
import { answeredAt, endedAt, jsonPost } from '../dialects';
import { json } from '../http-kit';
import type { ProviderRoute } from '../provider-types';
import type { CallFacts, Outgoing } from '../types';
import {
  checkDial,
  cloudCallingCredentials,
  error,
  makeLimiter,
  nationalDids,
  pullAnswer,
  startOutbound,
  type CloudCallingAccount,
  type CloudCallingContext,
} from './cloud-calling';

/**
 * The seed: "Customer number format should be +91-95XXXXXX or 95XXXXXXX (Without country code)".
 * The plus may arrive encoded, literally as %2B, or form-decoded to a space.
 */
const CUSTOMER_FORMAT = /^(?:(?:\+|%2B| )91-)?\d{10}$/i;

function api(ctx: CloudCallingContext): ProviderRoute[] {
  const account = () => ctx.account();
  const withinLimit = makeLimiter(() => ctx.state.pullLimitPerMinute);

  return [
    {
      path: 'click2call',
      ops: ['click2call', 'click-to-call'],
      handle: ({ params: p }) => {
        const dial = checkDial(ctx, {
          credentialsOk: p.api_key === account().apiKey && p.username === account().username,
          agentId: p.agentID,
          requireLogin: true,
          did: p.campaignName,
          customer: p.customerNumber,
          customerFormat: CUSTOMER_FORMAT,
        });
        if (typeof dial === 'string') return error(dial);
        const id = ctx.ids.sessionId();
        startOutbound(ctx, id, dial, p.campaignName ?? '');
        return json({
          status: 'success',
          message: 'call initiated successfully',
          monitorUcid: id,
          callStartTime: istWallClock(new Date()),
        });
      },
    },
    {
      path: 'PullAPI',
      ops: ['PullAPI', 'pull'],
      handle: ({ params: p }) =>
        pullAnswer(ctx, { userName: p.userName, apiKey: p.apiKey, agentPhoneNumber: p.agentPhoneNumber }, withinLimit),
    },
    {
      path: 'DIDNumbers',
      ops: ['DIDNumbers', 'dids'],
      handle: ({ params: p }) => {
        if (!p.apiKey) return error('apiKey should not be empty');
        if (p.apiKey !== account().apiKey) return error('apiKey is Invalid');
        return json({ status: 'success', did_list: nationalDids(ctx) });
      },
    },
  ];
}

/** The seed's Call Log API: raw JSON declared as a form, the caller's plus written as a literal %2b. */
function callLog(c: CallFacts, url: string): Outgoing {
  const inbound = c.direction === 'inbound';
  const [source, destination] = inbound ? [c.customer, c.agent.phone] : [c.agent.phone, c.customer];
  return jsonPost(
    url,
    {
      SourceNumber: source.replace(/^\+/, '%2b'),
      DestinationNumber: destination,
      DisplayNumber: c.did,
      StartTime: istWallClock(c.startedAt),
      EndTime: istWallClock(endedAt(c)),
      CallDuration: String(c.talkSeconds),
      Status: c.answered ? 'Answered' : 'Missed',
      CallNotes: c.notes,
      ResourceURL: c.recordingUrl,
      Direction: inbound ? 'Inbound' : 'Outbound',
      CallSessionId: c.sessionId,
      CallerName: c.callerName,
    },
    'application/x-www-form-urlencoded',
  );
}

export const mobileCloudCalling = defineSimulatedProvider({
  id: 'mobile-cloud-calling',
  name: 'Mobile Cloud Calling',
  account: (): CloudCallingAccount => ({ username: 'sim_user', apiKey: 'sim-mcc-key' }),
  credentials: cloudCallingCredentials,
  api,
  inbound: { callId: (ids) => ids.sessionId() },
  webhooks: {
    asksRoute: true,
    popup: (c, url) =>
      jsonPost(url, {
        SourceNumber: c.customer,
        DestinationNumber: c.agent.phone,
        DisplayNumber: c.did,
        CallSessionId: c.sessionId,
        ivr: ['Main', 'Sales'],
      }),
    callEvent: (c, kind, url) =>
      kind === 'answered'
        ? jsonPost(url, { CallSessionId: c.sessionId, Event: 'Answered', Time: istWallClock(answeredAt(c)) })
        : jsonPost(url, {
            CallSessionId: c.sessionId,
            Event: 'Hangup',
            Time: istWallClock(endedAt(c)),
            Status: c.answered ? 'Answered' : 'Missed',
          }),
    callLog,
  },
  setCallLogUrl: (account, url) => {
    account.callLogUrl = url;
  },
});
