/**
 * uContact's Integra API (seed 003): a session token from user and password, then calls with
 * `Authorization: <token>`. AgentCall answers the call's GUID as text or `0` on any error; the dialer
 * disposition and blacklist endpoints answer `{"result":"OK"|"ERROR",…}`.
 */
import crypto from 'node:crypto';
import { parseWallClock } from './clock';
import { placeOutboundCall, recordingUrl, type SimContext } from './context';
import { json, text, type SimReply, type SimRequest, type SimRoute } from './http-kit';
import { toE164 } from './numbers';
import { findAgent, isDnd, matchDid, recordCall } from './state';

const BASE = '/ucontact/Integra/resources';
const ACTIONS = ['RESPOOL', 'RESPOOLALTERNATIVE', 'BLACKLIST', 'SCHEDULE'] as const;
const AGENT_CALL_FIELDS = ['callerid', 'agent', 'phone', 'tech', 'context', 'outqueue', 'destination'] as const;

const unauthorized = (): SimReply => json({ error: 'Invalid or expired token' }, 401);
const failed = (message: string): SimReply => json({ result: 'ERROR', message });

function tokenOf(req: SimRequest): string {
  const header = req.headers.authorization ?? '';
  return header.replace(/^Bearer\s+/i, '').trim();
}

export function ucontactRoutes(ctx: SimContext): SimRoute[] {
  const { state } = ctx;
  const valid = (token: string): boolean => token !== '' && (state.tokens.get(token) ?? 0) > Date.now();
  const authed = (handle: (req: SimRequest) => SimReply) => (req: SimRequest) => (valid(tokenOf(req)) ? handle(req) : unauthorized());
  const post = (path: string, ops: string[], handle: (req: SimRequest) => SimReply): SimRoute => ({ provider: 'ucontact', path: `${BASE}/${path}`, ops, methods: ['POST'], handle });

  function agentCall({ params: p }: SimRequest): SimReply {
    if (AGENT_CALL_FIELDS.some((f) => !p[f]?.trim())) return text('0');
    const agent = findAgent(state, p.agent);
    const destination = toE164(p.destination);
    if (!agent || !destination || isDnd(state, destination) || state.blacklist.has(destination)) return text('0');
    const did = matchDid(state, p.callerid) ?? toE164(p.callerid) ?? p.callerid ?? '';
    const guid = ctx.ids.guid();
    const answered = state.outboundAnswered;
    recordCall(state, { provider: 'ucontact', id: guid, direction: 'outbound', customer: destination, agentId: agent.id, did, answered, startedAt: new Date() });
    placeOutboundCall(ctx, {
      provider: 'ucontact', sessionId: guid, direction: 'outbound', customer: destination,
      agent: { id: agent.id, name: agent.name, phone: toE164(agent.phone) ?? agent.phone },
      did, campaign: p.outqueue ?? '', answered, startedAt: new Date(), ringSeconds: 0, talkSeconds: 0,
      hangupBy: 'AgentHangup', callerName: '', notes: '', recordingUrl: answered ? recordingUrl('ucontact', guid) : '',
    }, state.accounts.ucontact.callLogUrl);
    return text(guid);
  }

  function disposition({ params: p }: SimRequest): SimReply {
    for (const f of ['guid', 'campaign', 'disposition', 'action', 'number'] as const) if (!p[f]?.trim()) return failed(`${f} is required`);
    const action = p.action?.toUpperCase() ?? '';
    if (!(ACTIONS as readonly string[]).includes(action)) return failed(`Invalid action: ${p.action}; expected one of ${ACTIONS.join(', ')}`);
    if (!state.calls.some((c) => c.provider === 'ucontact' && c.id === p.guid)) return failed(`Unknown call guid: ${p.guid}`);
    const number = toE164(p.number);
    if (!number) return failed(`Invalid number: ${p.number}`);
    if (action === 'SCHEDULE' && !parseWallClock(p.date ?? '')) return failed('date is required for SCHEDULE, as YYYY-MM-DD HH:mm:ss');
    if (action === 'RESPOOLALTERNATIVE' && !toE164(p.alternative)) return failed('alternative is required for RESPOOLALTERNATIVE, as a phone number');
    if (action === 'BLACKLIST') state.blacklist.set(number, p.campaign ?? '');
    state.dispositions.push({
      guid: p.guid ?? '', campaign: p.campaign ?? '', disposition: p.disposition ?? '', action, number,
      ...(p.date ? { date: p.date } : {}), ...(p.alternative ? { alternative: p.alternative } : {}), at: new Date(),
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

  const blacklist = (field: 'number' | 'numbers', add: boolean) => ({ params: p }: SimRequest): SimReply => {
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
      const account = state.accounts.ucontact;
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
