/**
 * Ozonetel's CloudAgent API (seed 002 section 9): agent and phone manual dial, the LeadSquared pull
 * API and the running DIDs; and one call's record by UCID (CAServices/cdr/fetchCDRbyUCID.php).
 * Errors are HTTP 200 with `{"status":"error","message":…}`.
 */
import { hms, istWallClock } from './clock';
import { checkDial, error, makeLimiter, nationalDids, pullAnswer, startOutbound } from './cloud-calling';
import type { SimContext } from './context';
import { endedAt, type CallFacts } from './dialects';
import { json, type SimRoute } from './http-kit';
import { national } from './numbers';
import { endedCall } from './state';

const BASE = '/ozonetel/CAServices';
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

export function ozonetelRoutes(ctx: SimContext): SimRoute[] {
  const account = () => ctx.state.accounts.ozonetel;
  const withinLimit = makeLimiter(() => ctx.state.pullLimitPerMinute);
  const queued = (ucid: string) => json({ status: 'queued successfully', message: 'Call queued', ucid });

  return [
    {
      provider: 'ozonetel',
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
        startOutbound(ctx, 'ozonetel', ucid, dial, p.campaignName ?? '', account().callLogUrl);
        return queued(ucid);
      },
    },
    {
      provider: 'ozonetel',
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
        startOutbound(ctx, 'ozonetel', ucid, dial, 'Offline', account().callLogUrl);
        return queued(ucid);
      },
    },
    {
      provider: 'ozonetel',
      path: `${BASE}/LeadSquare/PullAPI.php`,
      ops: ['PullAPI', 'pull'],
      handle: ({ params: p }) => pullAnswer(ctx, 'ozonetel', account(), { userName: p.userName, apiKey: p.apiKey, agentPhoneNumber: p.agentPhoneNumber }, withinLimit),
    },
    {
      provider: 'ozonetel',
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
      provider: 'ozonetel',
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
        const call = endedCall(ctx.state, 'ozonetel', p.ucid);
        return call ? json({ status: 'success', message: [cdrRecord(call)] }) : error('No Data Found');
      },
    },
  ];
}
