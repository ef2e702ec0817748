/**
 * What each provider sends to Patchcord about a call, byte for byte: the route query, the agent
 * popup, call progress events and the call log. One neutral description of the call (CallFacts)
 * goes in; each dialect writes it the way its provider does, quirks included (Ozonetel's JSON inside
 * a form field, the standard format's raw JSON under a form content type with a literal `%2b`).
 */
import { hms, istWallClock, utcIso } from './clock';
import { callbackRequest, type CallOutcome } from './ctl-userdata';
import { national, withCountryCode } from './numbers';
import type { Outgoing } from './sender';
import type { TransactionCode } from './state';
import type { ProviderId } from './types';

export interface CallFacts {
  provider: ProviderId;
  sessionId: string;
  direction: 'inbound' | 'outbound';
  /** E.164, as are the agent's phone and the DID. */
  customer: string;
  agent: { id: string; name: string; phone: string };
  did: string;
  campaign: string;
  answered: boolean;
  startedAt: Date;
  /** Seconds of ringing before the answer (or before the caller gave up). */
  ringSeconds: number;
  /** Seconds of conversation; 0 when missed. */
  talkSeconds: number;
  hangupBy: 'CustomerHangup' | 'AgentHangup';
  callerName: string;
  /** Empty in a first call log; a late update fills them. */
  notes: string;
  recordingUrl: string;
  /** 8x8 only. */
  eightByEight?: { ctlUserdata: string; transactionId: string; interactionGuid: string; callerId: string; code: TransactionCode | undefined };
}

export interface Dialect {
  /** Whether its calls pass an IVR that asks Patchcord's route webhook (8x8's are click-to-dials). */
  asksRoute: boolean;
  popup?: (c: CallFacts, url: string) => Outgoing;
  callEvent?: (c: CallFacts, kind: 'answered' | 'hangup', url: string) => Outgoing;
  /** `url` is Patchcord's call-log URL; 8x8 posts to the ctl_callbackUrl inside its userdata instead. */
  callLog: (c: CallFacts, url: string) => Outgoing | null;
}

export const answeredAt = (c: CallFacts): Date => new Date(c.startedAt.getTime() + c.ringSeconds * 1000);
export const endedAt = (c: CallFacts): Date => new Date(answeredAt(c).getTime() + c.talkSeconds * 1000);

const jsonPost = (url: string, value: unknown, contentType = 'application/json'): Outgoing => ({ method: 'POST', url, contentType, body: JSON.stringify(value) });
const formPost = (url: string, fields: Record<string, string>): Outgoing => ({
  method: 'POST',
  url,
  contentType: 'application/x-www-form-urlencoded',
  body: new URLSearchParams(fields).toString(),
});

/** `GET <route>?caller=%2B91…&did=%2B91…&sessionId=…`, the same for every provider. */
export function routeRequest(c: CallFacts, url: string): Outgoing {
  const q = new URLSearchParams({ caller: c.customer, did: c.did, sessionId: c.sessionId }).toString();
  return { method: 'GET', url: `${url}${url.includes('?') ? '&' : '?'}${q}` };
}

const ozonetel: Dialect = {
  asksRoute: true,
  popup: (c, url) =>
    formPost(url, { monitorUcid: c.sessionId, callerID: national(c.customer), did: national(c.did), agentID: c.agent.id, agentPhoneNumber: national(c.agent.phone), ivrPath: 'Main>Sales' }),
  callLog: (c, url) =>
    formPost(url, {
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
    }),
};

const mcc: Dialect = {
  asksRoute: true,
  popup: (c, url) =>
    jsonPost(url, { SourceNumber: c.customer, DestinationNumber: c.agent.phone, DisplayNumber: c.did, CallSessionId: c.sessionId, ivr: ['Main', 'Sales'] }),
  callEvent: (c, kind, url) =>
    kind === 'answered'
      ? jsonPost(url, { CallSessionId: c.sessionId, Event: 'Answered', Time: istWallClock(answeredAt(c)) })
      : jsonPost(url, { CallSessionId: c.sessionId, Event: 'Hangup', Time: istWallClock(endedAt(c)), Status: c.answered ? 'Answered' : 'Missed' }),
  // The seed's Call Log API: raw JSON declared as a form, the caller's plus written as a literal %2b.
  callLog: (c, url) => {
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
  },
};

const ucontact: Dialect = {
  asksRoute: true,
  popup: (c, url) => jsonPost(url, { guid: c.sessionId, callerid: c.customer, did: c.did, agent: c.agent.id, campaign: c.campaign, ivr: 'Main>Sales' }),
  callLog: (c, url) => {
    const inbound = c.direction === 'inbound';
    return jsonPost(url, {
      guid: c.sessionId,
      direction: inbound ? 'in' : 'out',
      callerid: inbound ? c.customer : c.did,
      destination: inbound ? c.did : c.customer,
      did: c.did,
      agent: c.agent.id,
      campaign: c.campaign,
      start: utcIso(c.startedAt),
      duration: c.talkSeconds,
      status: c.answered ? 'ANSWER' : 'NOANSWER',
      recording: c.recordingUrl,
      disposition: '',
    });
  },
};

/** The userdata Patchcord puts on an 8x8 click-to-dial, tokens still in place. */
export function eightByEightUserdata(c: CallFacts, callbackUrl: string): string {
  return (
    `[patchcordSession|${c.sessionId}][customerNumber|${c.customer}][agentId|${c.agent.id}][virtualNumber|${c.did}]` +
    '[status|$lastTclCodeShort$][start|$call_answered_time$][end|$call_hangup_time$][duration|$callDuration$]' +
    `[transactionId|$transaction_id$][notes|$notes$][ctl_callbackUrl|${callbackUrl}]`
  );
}

export function eightByEightOutcome(c: CallFacts): CallOutcome {
  const x = c.eightByEight;
  return {
    callerId: x?.callerId ?? withCountryCode(c.did),
    transactionId: x?.transactionId ?? '',
    interactionGuid: x?.interactionGuid ?? '',
    answeredAt: c.answered ? answeredAt(c) : null,
    hangupAt: c.answered ? endedAt(c) : null,
    code: c.answered ? x?.code : undefined,
    notes: c.notes,
    now: endedAt(c),
  };
}

const eightByEight: Dialect = {
  asksRoute: false,
  callLog: (c) => (c.eightByEight ? callbackRequest(c.eightByEight.ctlUserdata, eightByEightOutcome(c)) : null),
};

export const DIALECTS: Record<ProviderId, Dialect> = { ozonetel, mcc, '8x8': eightByEight, ucontact };
