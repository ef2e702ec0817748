/**
 * uContact's Integra API (seed 003): a session token from user and password, then calls with
 * `Authorization: <token>`. AgentCall answers the call's GUID as text or `0` on any error; the dialer
 * disposition and blacklist endpoints answer `{"result":"OK"|"ERROR",…}`. It sends call records and
 * a popup as JSON.
 */
import crypto from 'node:crypto';
import { parseWallClock, utcIso } from '../clock';
import { defineSimulatedProvider } from '../define-provider';
import { jsonPost } from '../dialects';
import { json, text } from '../http-kit';
import { toE164 } from '../numbers';
import type { ProviderContext, ProviderRoute, SimReply, SimRequest } from '../provider-types';
import { findAgent, isDnd, matchDid } from '../state';

interface UContactAccount {
  user: string;
  password: string;
  /** Where its call logs go after a click-to-call. */
  callLogUrl?: string;
}

const BASE = 'Integra/resources';
const ACTIONS = ['RESPOOL', 'RESPOOLALTERNATIVE', 'BLACKLIST', 'SCHEDULE'] as const;
const AGENT_CALL_FIELDS = ['callerid', 'agent', 'phone', 'tech', 'context', 'outqueue', 'destination'] as const;

const unauthorized = (): SimReply => json({ error: 'Invalid or expired token' }, 401);
const failed = (message: string): SimReply => json({ result: 'ERROR', message });

function tokenOf(req: SimRequest): string {
  const header = req.headers.authorization ?? '';
  return header.replace(/^Bearer\s+/i, '').trim();
}

function api(ctx: ProviderContext<UContactAccount, never>): ProviderRoute[] {
  const { state } = ctx;
  const valid = (token: string): boolean => token !== '' && (state.tokens.get(token) ?? 0) > Date.now();
  const authed = (handle: (req: SimRequest) => SimReply) => (req: SimRequest) => (valid(tokenOf(req)) ? handle(req) : unauthorized());
  const post = (path: string, ops: string[], handle: (req: SimRequest) => SimReply): ProviderRoute => ({
    path: `${BASE}/${path}`,
    ops,
    methods: ['POST'],
    handle,
  });

  function agentCall({ params: p }: SimRequest): SimReply {
    if (AGENT_CALL_FIELDS.some((f) => !p[f]?.trim())) return text('0');
    const agent = findAgent(state, p.agent);
    const destination = toE164(p.destination);
    if (!agent || !destination || isDnd(state, destination) || state.blacklist.has(destination)) return text('0');
    const did = matchDid(state, p.callerid) ?? toE164(p.callerid) ?? p.callerid ?? '';
    const guid = ctx.ids.guid();
    ctx.placeOutboundCall({ sessionId: guid, customer: destination, agent, did, campaign: p.outqueue ?? '' }, ctx.account().callLogUrl);
    return text(guid);
  }

  function disposition({ params: p }: SimRequest): SimReply {
    for (const f of ['guid', 'campaign', 'disposition', 'action', 'number'] as const) if (!p[f]?.trim()) return failed(`${f} is required`);
    const action = p.action?.toUpperCase() ?? '';
    if (!(ACTIONS as readonly string[]).includes(action))
      return failed(`Invalid action: ${p.action}; expected one of ${ACTIONS.join(', ')}`);
    if (!state.calls.some((c) => c.provider === ctx.id && c.id === p.guid)) return failed(`Unknown call guid: ${p.guid}`);
    const number = toE164(p.number);
    if (!number) return failed(`Invalid number: ${p.number}`);
    if (action === 'SCHEDULE' && !parseWallClock(p.date ?? '')) return failed('date is required for SCHEDULE, as YYYY-MM-DD HH:mm:ss');
    if (action === 'RESPOOLALTERNATIVE' && !toE164(p.alternative))
      return failed('alternative is required for RESPOOLALTERNATIVE, as a phone number');
    if (action === 'BLACKLIST') state.blacklist.set(number, p.campaign ?? '');
    state.dispositions.push({
      guid: p.guid ?? '',
      campaign: p.campaign ?? '',
      disposition: p.disposition ?? '',
      action,
      number,
      ...(p.date ? { date: p.date } : {}),
      ...(p.alternative ? { alternative: p.alternative } : {}),
      at: new Date(),
    });
    return json({ result: 'OK' });
  }

  /** Numbers from `number` or a comma-separated `numbers`; a string is the error. */
  function numbersOf(p: Record<string, string>, field: 'number' | 'numbers'): string[] | string {
    const value = p[field] ?? '';
    const raw = (field === 'numbers' ? value.split(',') : [value]).map((n) => n.trim()).filter(Boolean);
    if (raw.length === 0) return `${field} is required`;
    const bad = raw.find((n) => !toE164(n));
    return bad === undefined ? raw.map((n) => toE164(n) ?? n) : `Invalid number: ${bad}`;
  }

  const blacklist =
    (field: 'number' | 'numbers', add: boolean) =>
    ({ params: p }: SimRequest): SimReply => {
      const numbers = numbersOf(p, field);
      if (typeof numbers === 'string') return failed(numbers);
      let count = 0;
      for (const n of new Set(numbers)) {
        if (add) {
          if (!state.blacklist.has(n)) count += 1;
          state.blacklist.set(n, p.campaign ?? '');
        } else if (state.blacklist.delete(n)) count += 1;
      }
      return json({ result: 'OK', count });
    };

  return [
    post('auth/getUserToken', ['getUserToken', 'token'], ({ params: p }) => {
      const account = ctx.account();
      if (p.user !== account.user || p.password !== account.password) return json({ error: 'Invalid credentials' }, 401);
      const token = crypto.randomBytes(24).toString('hex');
      state.tokens.set(token, Date.now() + ctx.tokenTtlSeconds * 1000);
      return json({ token, expiresIn: ctx.tokenTtlSeconds });
    }),
    post('auth/logout', ['logout'], (req) => {
      const token = tokenOf(req) || (req.params.token ?? '');
      if (!valid(token)) return unauthorized();
      state.tokens.delete(token);
      return text('OK');
    }),
    post('Agents/AgentCall', ['AgentCall', 'click-to-call'], authed(agentCall)),
    post('Dialers/Disposition', ['Disposition', 'disposition'], authed(disposition)),
    post('Blacklist/Add', ['Blacklist/Add', 'blacklist'], authed(blacklist('number', true))),
    post('Blacklist/AddMultiple', ['Blacklist/AddMultiple', 'blacklist'], authed(blacklist('numbers', true))),
    post('Blacklist/Remove', ['Blacklist/Remove', 'blacklist'], authed(blacklist('number', false))),
    post('Blacklist/RemoveMultiple', ['Blacklist/RemoveMultiple', 'blacklist'], authed(blacklist('numbers', false))),
  ];
}

export const ucontact = defineSimulatedProvider({
  id: 'ucontact',
  name: 'uContact',
  account: (): UContactAccount => ({ user: 'sim_admin', password: 'sim-ucontact-pass' }),
  credentials: (account, baseUrl) => ({ baseUrl, user: account.user, password: account.password }),
  api,
  inbound: { callId: (ids) => ids.guid(), campaign: () => 'Sales<-' },
  webhooks: {
    asksRoute: true,
    popup: (c, url) =>
      jsonPost(url, { guid: c.sessionId, callerid: c.customer, did: c.did, agent: c.agent.id, campaign: c.campaign, ivr: 'Main>Sales' }),
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
  },
  setCallLogUrl: (account, url) => {
    account.callLogUrl = url;
  },
});
