/**
 * The calls a soak places while faults come and go: inbound calls through the simulator in each
 * provider's own format (route, popup, answered/hangup events where the provider sends them, call
 * log, duplicates and late updates), click-to-calls through Patchcord's agent API, each to a number
 * of its own so the simulator's records show how often it was dialled, and the agents' dispositions
 * of answered uContact calls, whose preset pushes them to the simulated dialer.
 */
import type { SimulatedProviderId } from '../../../src/simulator/providers';
import type { Simulator } from '../../../src/simulator/server';
import { call, DISPOSITION_VALUE, PROVIDERS, type Answer, type Seeded } from './patchcord';
import type { Tap } from './tap';

export interface ClickToCall {
  n: number;
  provider: SimulatedProviderId;
  connectorId: string;
  /** E.164, used by no other call of the run. */
  number: string;
  agentId: string;
  at: number;
  status: number | null;
  callSessionId: string | null;
  providerCallId: string | null;
  callWorkflowId: string | null;
  message: string;
}

export interface DispositionRecord {
  key: string;
  guid: string;
  workflowId: string;
  state: 'pending' | 'submitted' | 'refused';
  attempts: number;
  lastStatus: number;
  lastMessage: string;
  submittedAt: number | null;
}

export interface TrafficOptions {
  sim: Simulator;
  api: () => string;
  seeded: Seeded;
  tap: Tap;
  total: number;
  maxRate: number;
  /** When the fault schedule expects to end: the calls left are spread until then. */
  endsAt: () => number;
  /** Share of calls that are click-to-calls (the rest inbound); may change while a fault runs. */
  clickToCallShare: () => number;
  log: (line: string) => void;
}

const MAX_INTERVAL_MS = 10_000;
const DISPOSITION_MAX_ATTEMPTS = 40;
/** A click-to-call's number: +91 70000 xxxxx, a range the simulator's random callers do not use twice. */
const clickToCallNumber = (n: number): string => `+9170000${String(n).padStart(5, '0')}`;

const messageOf = (a: Answer): string =>
  (typeof a.body === 'object' && a.body !== null ? String(a.body.message ?? '') : String(a.body)).slice(0, 200);

export function makeTraffic(o: TrafficOptions) {
  const clickToCalls: ClickToCall[] = [];
  const dispositions = new Map<string, DispositionRecord>();
  const inFlight = new Set<Promise<unknown>>();
  const placeCallsFailures: string[] = [];
  let placed = 0;
  let inbound = 0;
  let stopped = false;
  const connectorOf = (p: SimulatedProviderId) => {
    const c = o.seeded.connectors.find((x) => x.provider === p);
    if (!c) throw new Error(`no connector for ${p}`);
    return c;
  };
  const track = (p: Promise<unknown>) => {
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
  };

  function placeInbound(provider: SimulatedProviderId): void {
    const c = connectorOf(provider);
    track(
      o.sim
        .placeCalls({
          provider,
          calls: 1,
          webhooks: c.webhooks,
          agents: o.seeded.agents.map((a) => ({ phone: a.phone, agentId: a.agentId })),
          // Every other call from a known lead; the rest from random numbers, which become new leads.
          ...(inbound % 2 === 0 ? { callers: o.seeded.leadPhones } : {}),
        })
        .then((s) => {
          for (const f of s.failures) if (placeCallsFailures.length < 50) placeCallsFailures.push(`${provider} ${f.kind} → ${f.status}`);
        }),
    );
  }

  function placeClickToCall(provider: SimulatedProviderId, n: number): void {
    const c = connectorOf(provider);
    const agent = o.seeded.agents[n % o.seeded.agents.length];
    if (!agent) return;
    const record: ClickToCall = {
      n,
      provider,
      connectorId: c.id,
      number: clickToCallNumber(n),
      agentId: agent.agentId,
      at: Date.now(),
      status: null,
      callSessionId: null,
      providerCallId: null,
      callWorkflowId: null,
      message: '',
    };
    clickToCalls.push(record);
    track(
      (async () => {
        // The agent calls a lead of its own, made for this call; by number when the lead cannot be made.
        const lead = await call(o.api(), o.seeded.adminToken, 'POST', '/api/admin/leads', {
          firstName: `Click ${n}`,
          phone: record.number,
          ownerId: agent.userId,
        });
        const target = lead.status === 201 ? { leadId: String(lead.body.id) } : { phone: record.number };
        record.at = Date.now();
        return call(o.api(), agent.token, 'POST', '/api/agent/click-to-call', { ...target, virtualNumber: c.did });
      })().then((a) => {
        record.status = a.status;
        record.message = messageOf(a);
        if (a.status === 200) {
          record.callSessionId = a.body.callSessionId ?? null;
          record.providerCallId = a.body.providerCallId ?? null;
          record.callWorkflowId = a.body.callWorkflowId ?? null;
        }
      }),
    );
  }

  /** Answered uContact calls that have ended get a disposition from their agent (the admin when that is refused). */
  async function disposeEnded(): Promise<void> {
    const connector = connectorOf('ucontact');
    const now = Date.now();
    for (const t of o.tap.calls.values()) {
      const ended = t.call.ended;
      if (t.call.provider !== 'ucontact' || !ended?.answered || dispositions.has(t.key)) continue;
      dispositions.set(t.key, {
        key: t.key,
        guid: t.call.id,
        workflowId: `call:${connector.id}:s:${t.call.id}`,
        state: 'pending',
        attempts: 0,
        lastStatus: 0,
        lastMessage: '',
        submittedAt: null,
      });
    }
    const due = [...dispositions.values()].filter((d) => d.state === 'pending');
    await Promise.all(
      due.map(async (d) => {
        const agentId = o.tap.calls.get(d.key)?.call.ended?.agent.id;
        const agent = o.seeded.agents.find((a) => a.agentId === agentId);
        const token = d.lastStatus === 403 || !agent ? o.seeded.adminToken : agent.token;
        d.attempts += 1;
        const a = await call(o.api(), token, 'POST', '/api/agent/disposition', { workflowId: d.workflowId, value: DISPOSITION_VALUE });
        d.lastStatus = a.status;
        d.lastMessage = messageOf(a);
        // Accepted now, or by an earlier attempt whose answer was lost.
        if (a.status === 200 || (a.status === 409 && /already has a disposition/.test(d.lastMessage))) {
          d.state = 'submitted';
          d.submittedAt = now;
          return;
        }
        // Not there yet (404), starting, or Patchcord in trouble: later. Anything else is a refusal.
        const later = a.status === 0 || a.status === 404 || a.status === 403 || a.status === 409 || a.status >= 500;
        if (!later || d.attempts >= DISPOSITION_MAX_ATTEMPTS) d.state = 'refused';
      }),
    );
  }

  let disposing = false;
  const dispositionTimer = setInterval(() => {
    if (disposing) return;
    disposing = true;
    void disposeEnded().finally(() => (disposing = false));
  }, 2000);

  async function run(): Promise<void> {
    let clicks = 0;
    let credit = 0;
    for (let i = 0; i < o.total && !stopped; i += 1) {
      // Whole click-to-calls at the current share: the credit grows by the share each call.
      credit += o.clickToCallShare();
      if (credit >= 1) {
        credit -= 1;
        placeClickToCall(PROVIDERS[clicks % PROVIDERS.length] ?? 'ozonetel', clicks);
        clicks += 1;
      } else {
        placeInbound(PROVIDERS[inbound % PROVIDERS.length] ?? 'ozonetel');
        inbound += 1;
      }
      placed += 1;
      if (placed % 25 === 0) o.log(`traffic: ${placed}/${o.total} calls started (${clicks} click-to-calls)`);
      const left = o.total - placed;
      if (left === 0) break;
      const interval = Math.min(MAX_INTERVAL_MS, Math.max(1000 / o.maxRate, (o.endsAt() - Date.now()) / left));
      await new Promise((r) => setTimeout(r, interval));
    }
  }

  return {
    clickToCalls,
    dispositions,
    placeCallsFailures,
    run,
    placed: () => placed,
    /** Waits for every call started to have sent all it will send. */
    async drain(): Promise<void> {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    /** One more round of dispositions now (the settle phase waits on them). */
    disposeNow: disposeEnded,
    pendingDispositions: () => [...dispositions.values()].filter((d) => d.state === 'pending').length,
    stop(): void {
      stopped = true;
      clearInterval(dispositionTimer);
    },
  };
}

export type Traffic = ReturnType<typeof makeTraffic>;
