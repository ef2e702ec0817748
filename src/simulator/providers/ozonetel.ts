/**
 * Ozonetel's CloudAgent API (seed 002 section 9): agent and phone manual dial, the LeadSquared pull
 * API and the running DIDs; and one call's record by UCID (CAServices/cdr/fetchCDRbyUCID.php).
 * Errors are HTTP 200 with `{"status":"error","message":…}`. It sends call details as JSON in a
 * `data` form field, and a screen-pop form.
 */
import { hms, istWallClock } from '../clock';
import { defineSimulatedProvider } from '../define-provider';
import { endedAt, formPost } from '../dialects';
import { json } from '../http-kit';
import type { ProviderRoute } from '../provider-types';
import { national, withCountryCode } from '../numbers';
import { endedCall } from '../state';
import type { CallFacts } from '../types';
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

const BASE = 'CAServices';
const REPORT_TYPES = ['currentday', 'historical'];

/**
 * A call as fetchCDRbyUCID reports it, keys as Ozonetel writes them (with spaces). "Duration" is the
 * whole call (time to answer plus talk time), "Dialed Number" the agent's phone, "Caller Id" the
 * customer with a trunk 0.
 */
export function cdrRecord(c: CallFacts): Record<string, string> {
  const talk = c.answered ? c.talkSeconds : 0;
  return {
    CallID: c.sessionId,
    UCID: c.sessionId,
    UUI: '',
    'Campaign Name': c.campaign,
    Location: '',
    'Caller Id': `0${national(c.customer)}`,
    Skill: '',
    'Call Date': istWallClock(c.startedAt).slice(0, 10),
    'Start Time': istWallClock(c.startedAt),
    'Time to Answer': hms(c.answered ? c.ringSeconds : 0),
    'End Time': istWallClock(endedAt(c)),
    TalkTime: hms(talk),
    Duration: hms(c.ringSeconds + talk),
    'Customer Ring Time': hms(c.ringSeconds),
    'FallBack Rule': 'AgentDial',
    'Dialed Number': national(c.agent.phone),
    Type: c.direction === 'inbound' ? 'InBound' : 'Manual',
    Agent: c.agent.id,
    Disposition: '',
    Status: c.answered ? 'Answered' : 'NotAnswered',
    'Hangup By': c.hangupBy,
    Transfer: '',
    'Transferred To': '',
    comments: c.notes,
    DialStatus: c.answered ? 'answered' : 'no_answer',
    CustomerStatus: c.answered ? 'answered' : 'no_answer',
    AgentStatus: c.answered ? 'answered' : 'no_answer',
    'Wrapup Time': '00:00:00',
    Rating: '0',
    RatingComments: '',
    'Audio Download': c.recordingUrl,
  };
}

function api(ctx: CloudCallingContext): ProviderRoute[] {
  const account = () => ctx.account();
  const withinLimit = makeLimiter(() => ctx.state.pullLimitPerMinute);
  const queued = (ucid: string) => json({ status: 'queued successfully', message: 'Call queued', ucid });

  return [
    {
      path: `${BASE}/AgentManualDial.php`,
      ops: ['AgentManualDial', 'click-to-call'],
      handle: ({ params: p }) => {
        const dial = checkDial(ctx, {
          credentialsOk: p.api_key === account().apiKey && p.username === account().username,
          agentId: p.agentID,
          requireLogin: true,
          did: p.campaignName,
          customer: p.customerNumber,
        });
        if (typeof dial === 'string') return error(dial);
        const ucid = ctx.ids.ucid();
        startOutbound(ctx, ucid, dial, p.campaignName ?? '');
        return queued(ucid);
      },
    },
    {
      path: `${BASE}/PhoneManualDial.php`,
      ops: ['PhoneManualDial', 'click-to-call'],
      handle: ({ params: p }) => {
        const dial = checkDial(ctx, {
          credentialsOk: p.apiKey === account().apiKey && p.userName === account().username,
          agentId: p.phoneName,
          requireLogin: false,
          did: p.did,
          customer: p.custNumber,
        });
        if (typeof dial === 'string') return error(dial);
        const ucid = ctx.ids.ucid();
        // The seed: "Campaign=Offline is one of the key params we can observe in the logs".
        startOutbound(ctx, ucid, dial, 'Offline');
        return queued(ucid);
      },
    },
    {
      path: `${BASE}/LeadSquare/PullAPI.php`,
      ops: ['PullAPI', 'pull'],
      handle: ({ params: p }) =>
        pullAnswer(ctx, { userName: p.userName, apiKey: p.apiKey, agentPhoneNumber: p.agentPhoneNumber }, withinLimit),
    },
    {
      path: `${BASE}/DID/RunningDIDs.php`,
      ops: ['RunningDIDs', 'dids'],
      handle: ({ params: p }) => {
        if (!p.userName) return error('userName should not be empty');
        if (!p.apiKey) return error('apiKey should not be empty');
        if (p.userName !== account().username || p.apiKey !== account().apiKey) return error('userName or apiKey is Invalid');
        return json({ status: 'success', data: nationalDids(ctx) });
      },
    },
    {
      path: `${BASE}/cdr/fetchCDRbyUCID.php`,
      ops: ['fetchCDRbyUCID', 'call-details'],
      handle: ({ params: p }) => {
        if (!p.userName) return error('userName should not be empty');
        if (!p.apiKey) return error('apiKey should not be empty');
        if (p.userName !== account().username || p.apiKey !== account().apiKey) return error('userName or apiKey is Invalid');
        if (!p.ucid) return error('ucid should not be empty');
        if (!p.reportType) return error('reportType should not be empty');
        if (!REPORT_TYPES.includes(p.reportType)) return error('reportType value is invalid');
        // Both report types see every call the simulator keeps; a call still ringing or talking has no record yet.
        const call = endedCall(ctx.state, ctx.id, p.ucid);
        return call ? json({ status: 'success', message: [cdrRecord(call)] }) : error('No Data Found');
      },
    },
  ];
}

/** Call details: the JSON Ozonetel posts in the `data` form field. */
function callLog(c: CallFacts, url: string) {
  return formPost(url, {
    data: JSON.stringify({
      monitorUCID: c.sessionId,
      UUI: '',
      Did: withCountryCode(c.did),
      CallerID: `0${national(c.customer)}`,
      StartTime: istWallClock(c.startedAt),
      EndTime: istWallClock(endedAt(c)),
      TimeToAnswer: hms(c.answered ? c.ringSeconds : 0),
      Duration: hms(c.talkSeconds),
      AgentID: c.agent.id,
      AgentPhoneNumber: national(c.agent.phone),
      AgentName: c.agent.name,
      Disposition: '',
      HangupBy: c.hangupBy,
      Status: c.answered ? 'Answered' : 'NotAnswered',
      AudioFile: c.recordingUrl,
      Comments: c.notes,
      DialStatus: c.answered ? 'answered' : 'no_answer',
      Type: c.direction === 'inbound' ? 'inbound' : 'Manual',
      CampaignName: c.campaign,
    }),
  });
}

export const ozonetel = defineSimulatedProvider({
  id: 'ozonetel',
  name: 'Ozonetel',
  account: (): CloudCallingAccount => ({ username: 'sim_user', apiKey: 'sim-ozonetel-key' }),
  credentials: cloudCallingCredentials,
  api,
  inbound: { callId: (ids) => ids.ucid(), campaign: (did) => `Inbound_${withCountryCode(did)}` },
  webhooks: {
    asksRoute: true,
    popup: (c, url) =>
      formPost(url, {
        monitorUcid: c.sessionId,
        callerID: national(c.customer),
        did: national(c.did),
        agentID: c.agent.id,
        agentPhoneNumber: national(c.agent.phone),
        ivrPath: 'Main>Sales',
      }),
    callLog,
  },
  setCallLogUrl: (account, url) => {
    account.callLogUrl = url;
  },
});
