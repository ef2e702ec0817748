/**
 * Call analytics over the phone-call activities: volume by local hour of day and by local date,
 * outcomes (src/call/outcome.ts), answer rate, average ring and talk time, per agent, team and
 * connector, for whole local days in one time zone.
 *
 * Each figure is a MongoDB aggregation: `$match` on the indexed `startTime` range (with the
 * connector or agents, which lead indexes of their own), then `$group`. The embedded FerretDB v1
 * supports only part of that language, so the pipelines keep to what both give the same answer for:
 * - one accumulator per `$group` (FerretDB v1.24 computes only the first of several), hence one
 *   pipeline per sum;
 * - no date operators (`$hour`, `$dateToParts`, `$dateToString` and `$subtract` on dates are not
 *   implemented there), so the starts are grouped by instant and put on their local hour and date
 *   here (analytics-time.ts);
 * - no `$cond`, `$avg`, `$facet` or `$bucket`: whether a call carries a ring or talk time is a
 *   `$type` in the group key, and averages are sums over counts computed here.
 */
import type { PipelineStage } from 'mongoose';
import { answerRate, CALL_OUTCOMES, outcomeOf, statusesOf, type CallOutcome } from '../call/outcome';
import { type Models, Types } from '../db/models';
import { reportWindow, localSlot, type ReportWindow } from './analytics-time';
import { required } from './required';

export interface AnalyticsQuery {
  from: string;
  to: string;
  /** An IANA zone; without one, the filtered connector's, else the default connector's, else UTC. */
  timeZone?: string | undefined;
  connectorId?: string | undefined;
  teamId?: string | undefined;
  agentId?: string | undefined;
}

export type Counts = Record<CallOutcome, number>;

export interface Figures extends Counts {
  calls: number;
  /** Answered over answered + missed + voicemail, 0..1; null without such calls. */
  answerRate: number | null;
  avgRingSeconds: number | null;
  avgTalkSeconds: number | null;
}

export interface NamedFigures extends Figures {
  /** Null for calls without an agent (and, by team, for agents in no team). */
  id: string | null;
  name: string;
}

export interface VolumeRow extends Counts {
  calls: number;
  answerRate: number | null;
}

export interface CallAnalytics {
  from: string;
  to: string;
  timeZone: string;
  timeZoneSource: 'query' | 'connector' | 'default-connector' | 'utc';
  start: Date;
  end: Date;
  totals: Figures;
  byHour: (VolumeRow & { hour: number })[];
  byDay: (VolumeRow & { date: string })[];
  byAgent: NamedFigures[];
  byTeam: NamedFigures[];
  byConnector: NamedFigures[];
}

/** Sums kept per connector, agent and status; figures are derived from them at the end. */
interface Tally {
  counts: Counts;
  ringSum: number;
  ringCalls: number;
  talkSum: number;
  talkCalls: number;
}

interface GroupKey {
  connectorId: Types.ObjectId;
  agentId: Types.ObjectId | null;
  status: string | null;
}

const NUMERIC_TYPES = new Set(['int', 'long', 'double', 'decimal']);
const emptyCounts = (): Counts => ({ answered: 0, missed: 0, voicemail: 0, unknown: 0 });
const emptyTally = (): Tally => ({ counts: emptyCounts(), ringSum: 0, ringCalls: 0, talkSum: 0, talkCalls: 0 });
const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
const sumCounts = (c: Counts) => CALL_OUTCOMES.reduce((n, o) => n + c[o], 0);

function addTally(into: Tally, from: Tally): void {
  for (const o of CALL_OUTCOMES) into.counts[o] += from.counts[o];
  into.ringSum += from.ringSum;
  into.ringCalls += from.ringCalls;
  into.talkSum += from.talkSum;
  into.talkCalls += from.talkCalls;
}

function volume(counts: Counts): VolumeRow {
  const rate = answerRate(counts);
  return { calls: sumCounts(counts), ...counts, answerRate: rate === null ? null : round(rate, 4) };
}

export function figuresOf(t: Tally): Figures {
  return {
    ...volume(t.counts),
    avgRingSeconds: t.ringCalls ? round(t.ringSum / t.ringCalls, 1) : null,
    avgTalkSeconds: t.talkCalls ? round(t.talkSum / t.talkCalls, 1) : null,
  };
}

const byCallsThenName = (a: NamedFigures, b: NamedFigures) => b.calls - a.calls || a.name.localeCompare(b.name);
const idOf = (id: Types.ObjectId | null | undefined) => (id ? String(id) : null);

export function makeAnalyticsService({ models }: { models: Models }) {
  const { CallActivity, Connector, Team, User } = models;

  async function resolveZone(q: AnalyticsQuery): Promise<{ zone: string; source: CallAnalytics['timeZoneSource'] }> {
    if (q.timeZone) return { zone: q.timeZone, source: 'query' };
    if (q.connectorId) {
      const connector = required(await Connector.findById(q.connectorId).select('timeZone').lean(), 'Connector', q.connectorId);
      return { zone: connector.timeZone, source: 'connector' };
    }
    const fallback = await Connector.findOne({ isDefault: true }).select('timeZone').lean();
    return fallback ? { zone: fallback.timeZone, source: 'default-connector' } : { zone: 'UTC', source: 'utc' };
  }

  /** The `$match` of every pipeline: the indexed range, then the connector and the agents. */
  async function matchOf(q: AnalyticsQuery, window: ReportWindow): Promise<Record<string, unknown>> {
    const match: Record<string, unknown> = { startTime: { $gte: window.start, $lt: window.end } };
    if (q.connectorId) {
      required(await Connector.exists({ _id: q.connectorId }), 'Connector', q.connectorId);
      match.connectorId = new Types.ObjectId(q.connectorId);
    }
    let agents: Types.ObjectId[] | null = null;
    if (q.teamId) {
      required(await Team.exists({ _id: q.teamId }), 'Team', q.teamId);
      agents = (
        await User.find({ teamIds: new Types.ObjectId(q.teamId) })
          .select('_id')
          .lean()
      ).map((u) => u._id);
    }
    if (q.agentId) {
      required(await User.exists({ _id: q.agentId }), 'User', q.agentId);
      agents = agents ? agents.filter((id) => String(id) === q.agentId) : [new Types.ObjectId(q.agentId)];
    }
    if (agents) match.agentId = agents.length === 1 ? agents[0] : { $in: agents };
    return match;
  }

  const aggregate = <T>(pipeline: PipelineStage[]) => CallActivity.aggregate<T>(pipeline).exec();
  const KEY = { connectorId: '$connectorId', agentId: '$agentId', status: '$status' };

  /** Per connector, agent and status: the counts, and the ring and talk sums with how many calls they cover. */
  async function tallies(match: Record<string, unknown>): Promise<Map<string, { key: GroupKey; tally: Tally }>> {
    const [counted, rings, talks] = await Promise.all([
      aggregate<{ _id: GroupKey & { ring: string; talk: string }; n: number }>([
        { $match: match },
        { $group: { _id: { ...KEY, ring: { $type: '$ringSeconds' }, talk: { $type: '$durationSeconds' } }, n: { $sum: 1 } } },
      ]),
      aggregate<{ _id: GroupKey; total: number }>([
        { $match: { ...match, ringSeconds: { $type: 'number' } } },
        { $group: { _id: KEY, total: { $sum: '$ringSeconds' } } },
      ]),
      aggregate<{ _id: GroupKey; total: number }>([
        { $match: { ...match, status: { $in: statusesOf('answered') }, durationSeconds: { $type: 'number' } } },
        { $group: { _id: KEY, total: { $sum: '$durationSeconds' } } },
      ]),
    ]);
    const out = new Map<string, { key: GroupKey; tally: Tally }>();
    const entry = (key: GroupKey) => {
      const id = `${String(key.connectorId)}|${idOf(key.agentId)}|${key.status ?? ''}`;
      let found = out.get(id);
      if (!found)
        out.set(
          id,
          (found = {
            key: { connectorId: key.connectorId, agentId: key.agentId ?? null, status: key.status ?? null },
            tally: emptyTally(),
          }),
        );
      return found.tally;
    };
    for (const row of counted) {
      const t = entry(row._id);
      const outcome = outcomeOf(row._id.status);
      t.counts[outcome] += row.n;
      if (NUMERIC_TYPES.has(row._id.ring)) t.ringCalls += row.n;
      if (outcome === 'answered' && NUMERIC_TYPES.has(row._id.talk)) t.talkCalls += row.n;
    }
    for (const row of rings) entry(row._id).ringSum += row.total;
    for (const row of talks) entry(row._id).talkSum += row.total;
    return out;
  }

  /** Calls per start instant and status, put on local hours and dates here (see the header). */
  async function volumes(match: Record<string, unknown>, window: ReportWindow) {
    const starts = await aggregate<{ _id: { startTime: Date; status: string | null }; n: number }>([
      { $match: match },
      { $group: { _id: { startTime: '$startTime', status: '$status' }, n: { $sum: 1 } } },
    ]);
    const hours = Array.from({ length: 24 }, emptyCounts);
    const days = new Map(window.days.map((d) => [d, emptyCounts()]));
    for (const { _id, n } of starts) {
      const slot = localSlot(new Date(_id.startTime), window.timeZone);
      const outcome = outcomeOf(_id.status);
      hours[slot.hour]![outcome] += n;
      const day = days.get(slot.date);
      if (day) day[outcome] += n;
    }
    return {
      byHour: hours.map((c, hour) => ({ hour, ...volume(c) })),
      byDay: [...days].map(([date, c]) => ({ date, ...volume(c) })),
    };
  }

  async function calls(q: AnalyticsQuery): Promise<CallAnalytics> {
    const { zone, source } = await resolveZone(q);
    const window = reportWindow(q.from, q.to, zone);
    const match = await matchOf(q, window);
    const [groups, { byHour, byDay }] = await Promise.all([tallies(match), volumes(match, window)]);

    const totals = emptyTally();
    const agents = new Map<string | null, Tally>();
    const connectors = new Map<string, Tally>();
    const add = <K>(map: Map<K, Tally>, key: K, t: Tally) => {
      if (!map.has(key)) map.set(key, emptyTally());
      addTally(map.get(key)!, t);
    };
    for (const { key, tally } of groups.values()) {
      addTally(totals, tally);
      add(agents, idOf(key.agentId), tally);
      add(connectors, String(key.connectorId), tally);
    }

    const agentIds = [...agents.keys()].filter((id): id is string => id !== null);
    const [users, connectorDocs] = await Promise.all([
      User.find({ _id: { $in: agentIds } })
        .select('name teamIds')
        .lean(),
      Connector.find({ _id: { $in: [...connectors.keys()] } })
        .select('name')
        .lean(),
    ]);
    const userById = new Map(users.map((u) => [String(u._id), u]));
    const teamsOf = (agentId: string | null): (string | null)[] => {
      const ids = agentId ? (userById.get(agentId)?.teamIds ?? []).map(String) : [];
      const shown = q.teamId ? ids.filter((id) => id === q.teamId) : ids;
      return shown.length ? shown : [null];
    };
    const teams = new Map<string | null, Tally>();
    for (const [agentId, tally] of agents) for (const teamId of teamsOf(agentId)) add(teams, teamId, tally);
    const teamIds = [...teams.keys()].filter((id): id is string => id !== null);
    const teamDocs = await Team.find({ _id: { $in: teamIds } })
      .select('name')
      .lean();
    const teamName = new Map(teamDocs.map((t) => [String(t._id), t.name]));
    const connectorName = new Map(connectorDocs.map((c) => [String(c._id), c.name]));

    return {
      from: window.from,
      to: window.to,
      timeZone: window.timeZone,
      timeZoneSource: source,
      start: window.start,
      end: window.end,
      totals: figuresOf(totals),
      byHour,
      byDay,
      byAgent: [...agents]
        .map(([id, t]) => ({ id, name: id ? (userById.get(id)?.name ?? `User ${id}`) : 'No agent', ...figuresOf(t) }))
        .sort(byCallsThenName),
      byTeam: [...teams]
        .map(([id, t]) => ({ id, name: id ? (teamName.get(id) ?? `Team ${id}`) : 'No team', ...figuresOf(t) }))
        .sort(byCallsThenName),
      byConnector: [...connectors]
        .map(([id, t]) => ({ id, name: connectorName.get(id) ?? `Connector ${id}`, ...figuresOf(t) }))
        .sort(byCallsThenName),
    };
  }

  /** What the report can be filtered by: connectors (with their zones), teams and agents. */
  async function options() {
    const [connectors, teams, agents] = await Promise.all([
      Connector.find().select('name timeZone isDefault').sort({ name: 1 }).lean(),
      Team.find().select('name').sort({ name: 1 }).lean(),
      User.find({ role: 'agent' }).select('name').sort({ name: 1 }).lean(),
    ]);
    return {
      connectors: connectors.map((c) => ({ id: String(c._id), name: c.name, timeZone: c.timeZone, isDefault: c.isDefault })),
      teams: teams.map((t) => ({ id: String(t._id), name: t.name })),
      agents: agents.map((u) => ({ id: String(u._id), name: u.name })),
    };
  }

  return { calls, options };
}

export type AnalyticsService = ReturnType<typeof makeAnalyticsService>;
