/**
 * 8x8 Virtual Contact Center click-to-dial (seed 004): `AGUI/make_call.php`, authenticated by the
 * agent's AGUI session cookie. Validation failures answer `ERROR: <reason>` as text; after the call
 * (answered or not) the filled `ctl_userdata` is posted to its `ctl_callbackUrl`.
 */
import { placeOutboundCall, recordingUrl, type SimContext } from './context';
import { isPairSequence } from './ctl-userdata';
import { cookies, text, type SimRoute } from './http-kit';
import { toE164, withCountryCode } from './numbers';
import { isDnd, matchDid, recordCall } from './state';

const DIGITS_ONLY = ['prefix', 'callerId', 'dialplan_id', 'queue_id'] as const;
const PAIR_FIELDS = ['ctl_userdata', 'extTransactionData'] as const;

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function problemWith(p: Record<string, string>): string | null {
  if (!p.phone?.trim()) return 'phone is required';
  for (const name of DIGITS_ONLY) {
    if (p[name] !== undefined && !/^\d*$/.test(p[name])) return `${name} must be digits only`;
  }
  for (const name of PAIR_FIELDS) {
    if (p[name] !== undefined && !isPairSequence(p[name])) return `${name} must be a sequence of [name|value] pairs`;
  }
  return null;
}

/** `prefix` and `phone` together; a phone given with its own plus ignores the prefix. */
function dialled(p: Record<string, string>): string | null {
  const phone = (p.phone ?? '').trim();
  return toE164(phone.startsWith('+') ? phone : `${p.prefix ?? ''}${phone}`);
}

export function eightByEightRoutes(ctx: SimContext): SimRoute[] {
  return [
    {
      provider: '8x8',
      path: '/8x8/AGUI/make_call.php',
      ops: ['make_call', 'click-to-call'],
      handle: (req) => {
        const [name = '', value = ''] = ctx.state.accounts['8x8'].sessionCookie.split('=', 2);
        if (cookies(req.headers).get(name) !== value) return text('ERROR: no agent session', 401);
        const p = req.params;
        const problem = problemWith(p);
        if (problem) return text(`ERROR: ${problem}`, 400);
        const customer = dialled(p);
        if (!customer) return text('ERROR: phone is not a valid phone number', 400);
        if (isDnd(ctx.state, customer)) return text('ERROR: Customer number is in DND');

        // The session belongs to one agent: the first one logged in.
        const agent = ctx.state.agents.find((a) => a.loggedIn) ?? ctx.state.agents[0];
        if (!agent) return text('ERROR: no agent session', 401);
        const did = matchDid(ctx.state, p.callerId) ?? toE164(ctx.state.dids[0]) ?? '';
        const transactionId = ctx.ids.transactionId();
        const answered = ctx.state.outboundAnswered;
        recordCall(ctx.state, { provider: '8x8', id: transactionId, direction: 'outbound', customer, agentId: agent.id, did, answered, startedAt: new Date() });
        placeOutboundCall(ctx, {
          provider: '8x8',
          sessionId: transactionId,
          direction: 'outbound',
          customer,
          agent: { id: agent.id, name: agent.name, phone: toE164(agent.phone) ?? agent.phone },
          did,
          campaign: p.queue_id ?? '',
          answered,
          startedAt: new Date(),
          ringSeconds: 0,
          talkSeconds: 0,
          hangupBy: 'AgentHangup',
          callerName: '',
          notes: '',
          recordingUrl: answered ? recordingUrl('8x8', transactionId) : '',
          eightByEight: {
            ctlUserdata: p.ctl_userdata ?? '',
            transactionId,
            interactionGuid: `int-${Date.now().toString(16)}-${ctx.rng.digits(8)}-phone-01-simtenant`,
            callerId: p.callerId || withCountryCode(did),
            code: answered && ctx.state.transactionCodes.length > 0 ? ctx.rng.pick(ctx.state.transactionCodes) : undefined,
          },
        }, undefined);
        const shown = escapeHtml(`${p.prefix ?? ''}${p.phone ?? ''}`);
        return text(`<html><body>Dialing ${shown}. You may close this window.</body></html>`, 200, 'text/html; charset=utf-8');
      },
    },
  ];
}
