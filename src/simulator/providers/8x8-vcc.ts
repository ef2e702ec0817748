/**
 * 8x8 Virtual Contact Center click-to-dial (seed 004): `AGUI/make_call.php`, authenticated by the
 * agent's AGUI session cookie. Validation failures answer `ERROR: <reason>` as text; after the call
 * (answered or not) the filled `ctl_userdata` is posted to its `ctl_callbackUrl`. That callback is
 * all 8x8 sends: its calls are Patchcord's click-to-dials, so they never ask the route webhook.
 */
import crypto from 'node:crypto';
import { defineSimulatedProvider } from '../define-provider';
import { answeredAt, endedAt } from '../dialects';
import { cookies, text } from '../http-kit';
import { toE164, withCountryCode } from '../numbers';
import type { ProviderContext, ProviderRoute } from '../provider-types';
import { isDnd, matchDid } from '../state';
import type { CallFacts, TransactionCode } from '../types';
import { callbackRequest, isPairSequence, type CallOutcome } from './ctl-userdata';

interface EightByEightAccount {
  /** The cookie, name and value, that an 8x8 agent session carries. */
  sessionCookie: string;
}

/** What an 8x8 call carries besides the neutral facts: the click-to-dial's userdata and transaction. */
interface EightByEightCall {
  ctlUserdata: string;
  transactionId: string;
  interactionGuid: string;
  callerId: string;
  code: TransactionCode | undefined;
}

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

function api(ctx: ProviderContext<EightByEightAccount, EightByEightCall>): ProviderRoute[] {
  return [
    {
      path: 'AGUI/make_call.php',
      ops: ['make_call', 'click-to-call'],
      handle: (req) => {
        const [name = '', value = ''] = ctx.account().sessionCookie.split('=', 2);
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
        ctx.placeOutboundCall(
          {
            sessionId: transactionId,
            customer,
            agent,
            did,
            campaign: p.queue_id ?? '',
            extra: {
              ctlUserdata: p.ctl_userdata ?? '',
              transactionId,
              interactionGuid: `int-${Date.now().toString(16)}-${ctx.rng.digits(8)}-phone-01-simtenant`,
              callerId: p.callerId || withCountryCode(did),
              code: answered && ctx.state.transactionCodes.length > 0 ? ctx.rng.pick(ctx.state.transactionCodes) : undefined,
            },
          },
          undefined,
        );
        const shown = escapeHtml(`${p.prefix ?? ''}${p.phone ?? ''}`);
        return text(`<html><body>Dialing ${shown}. You may close this window.</body></html>`, 200, 'text/html; charset=utf-8');
      },
    },
  ];
}

/** The userdata Patchcord puts on an 8x8 click-to-dial, tokens still in place. */
function patchcordUserdata(c: CallFacts, callbackUrl: string): string {
  return (
    `[patchcordSession|${c.sessionId}][customerNumber|${c.customer}][agentId|${c.agent.id}][virtualNumber|${c.did}]` +
    '[status|$lastTclCodeShort$][start|$call_answered_time$][end|$call_hangup_time$][duration|$callDuration$]' +
    `[transactionId|$transaction_id$][notes|$notes$][ctl_callbackUrl|${callbackUrl}]`
  );
}

function outcome(c: CallFacts<EightByEightCall>): CallOutcome {
  const x = c.extra;
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

export const eightByEightVcc = defineSimulatedProvider({
  id: '8x8-vcc',
  name: '8x8 VCC',
  account: (): EightByEightAccount => ({ sessionCookie: 'AGUISESSION=sim-8x8-session' }),
  credentials: (account, baseUrl) => ({ baseUrl, sessionCookie: account.sessionCookie }),
  api,
  inbound: {
    // Its calls are Patchcord's click-to-dials: the session id is the one Patchcord put in the userdata.
    callId: () => `pc-${crypto.randomUUID()}`,
    extra: (facts, { rng, ids, state, webhooks }): EightByEightCall => ({
      ctlUserdata: patchcordUserdata(facts, webhooks.callLog),
      transactionId: ids.transactionId(),
      interactionGuid: `int-${Date.now().toString(16)}-${rng.digits(8)}-phone-01-simtenant`,
      callerId: withCountryCode(facts.did),
      code: facts.answered && state.transactionCodes.length ? rng.pick(state.transactionCodes) : undefined,
    }),
  },
  webhooks: {
    asksRoute: false,
    // Posted to the ctl_callbackUrl inside the userdata, not to Patchcord's call-log URL.
    callLog: (c) => (c.extra ? callbackRequest(c.extra.ctlUserdata, outcome(c)) : null),
  },
});
