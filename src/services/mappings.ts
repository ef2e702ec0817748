/**
 * A connector's mappings as the designer sees them, one set per mapping kind (call log, events,
 * popup, call event, route input): a draft being edited, fixtures that must pass, and immutable
 * published versions. `connector.mappings.<kind>` stays THE live pointer the webhooks read;
 * publishing (and rolling back) writes it, so the call path needs nothing from here.
 *
 * A kind without a mapping of its own runs its preset's, shown as version 0; the first publish of
 * that kind makes version 1, the connector's own from then on. (The call log is always the
 * connector's own: its version 1 is the mapping it was created with.)
 *
 * Rollback republishes an old version's expression as a NEW version rather than re-pointing: version
 * numbers only grow, the live version is always the newest one, and the number an activity records
 * names exactly one expression forever. Like publishing, it is refused while any of the kind's
 * fixtures fails on the version being brought back.
 */
import { type CallContext } from '../call/canonical';
import { MAPPING_SEGMENTS, type MappingKind } from '../call/mapped-events';
import { toCountryCode } from '../call/phone';
import type { Models, Types } from '../db/models';
import type { MappingFixtureDoc, MappingModels } from '../db/mapping-models';
import { AppError, isAppError } from '../errors';
import type { MappingEngine } from '../mapping/engine';
import { type FixtureResult, type MappingFixture, runFixture } from '../mapping/fixtures';
import { type UnreadWarning, unreadPaths } from '../mapping/paths';
import { getPreset } from '../providers';
import { readPayload } from '../webhooks/payload';
import { type ConnectorService, liveMapping } from './connectors';
import { required } from './required';

export interface FixtureRequest {
  contentType: string;
  body: string;
  query: string;
  receivedAt?: string | null;
}

export interface FixtureInput {
  name: string;
  description?: string;
  request: FixtureRequest;
  expect: MappingFixture['expect'];
}

export type FixtureRun = FixtureResult & { id: string | null };

/** How many of the latest deliveries of a kind the unread-path check reads. */
const RECENT_DELIVERIES = 50;

/** How summaries and messages name each mapping kind. */
export const KIND_WORDS: Record<MappingKind, string> = {
  callLog: 'call-log',
  events: 'events',
  popup: 'popup',
  callEvent: 'call-event',
  route: 'route-input',
};

export function makeMappingService(deps: {
  models: Models;
  mappingModels: MappingModels;
  engine: MappingEngine;
  connectors: ConnectorService;
}) {
  const { models, mappingModels: mm, engine, connectors } = deps;
  const { MappingVersion, MappingDraft, MappingFixture } = mm;

  async function connectorOf(id: string) {
    await mm.ensureIndexes();
    return required(await models.Connector.findById(id).lean(), 'Connector', id);
  }
  type Connector = Awaited<ReturnType<typeof connectorOf>>;

  const contextOf = (c: Connector): CallContext => ({ defaultCountry: toCountryCode(c.defaultCountry) ?? 'IN', timeZone: c.timeZone });

  /** The connector's own mapping of a kind, if it has one. */
  type OwnMapping = Connector['mappings']['callLog'];
  const ownOf = (c: Connector, kind: MappingKind): OwnMapping | null =>
    (c.mappings as Partial<Record<MappingKind, OwnMapping | null>>)[kind] ?? null;

  /** What the webhooks run for a kind: the connector's own mapping, else its preset's as version 0. */
  function liveOf(c: Connector, kind: MappingKind) {
    const own = ownOf(c, kind);
    return { ...liveMapping(own, c.presetId, kind), fromPreset: own === null };
  }

  /**
   * Records the live mapping as a version the first time the history is read or written: for the
   * call log, version 1 is the mapping the connector was created with; any mapping set directly
   * (PATCH /api/admin/connectors/:id) is recorded the same way. A preset's mapping is not recorded.
   */
  async function ensureHistory(c: Connector, kind: MappingKind = 'callLog'): Promise<void> {
    const live = ownOf(c, kind);
    if (!live) return;
    if (await MappingVersion.exists({ connectorId: c._id, kind, version: live.version })) return;
    const first = kind === 'callLog' && !(await MappingVersion.exists({ connectorId: c._id, kind }));
    try {
      await MappingVersion.create({
        connectorId: c._id,
        kind,
        version: live.version,
        expression: live.expression,
        fixtures: [],
        source: first ? 'created' : 'api',
        note: first ? `Created with the connector from the ${c.presetId} preset` : 'Set through the connector API',
        publishedBy: live.updatedBy ?? null,
        publishedAt: live.updatedAt ?? (c as { createdAt?: Date }).createdAt ?? new Date(),
      });
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err; // recorded by a concurrent request
    }
  }

  async function fixturesOf(connectorId: Types.ObjectId, kind: MappingKind = 'callLog'): Promise<MappingFixtureDoc[]> {
    return MappingFixture.find({ connectorId, kind }).sort({ createdAt: 1, _id: 1 }).lean();
  }

  /** Runs fixtures exactly as the fixture files run: production's decode, engine, limits and validation. */
  async function run(
    c: Connector,
    kind: MappingKind,
    expression: string,
    fixtures: readonly (FixtureInput & { _id?: Types.ObjectId })[],
  ): Promise<FixtureRun[]> {
    const context = contextOf(c);
    const results: FixtureRun[] = [];
    for (const f of fixtures) {
      const request = {
        contentType: f.request.contentType,
        body: f.request.body,
        query: f.request.query,
        ...(f.request.receivedAt ? { receivedAt: f.request.receivedAt } : {}),
      };
      const fixture: MappingFixture = { name: f.name, kind, request, mapping: { expression }, context, expect: f.expect };
      const result = await runFixture(engine, fixture, getPreset);
      results.push({ ...result, id: f._id ? String(f._id) : null });
    }
    return results;
  }

  /** Decoded payloads of this kind's fixtures and latest deliveries; ones that cannot be decoded are skipped. */
  async function samplePayloads(c: Connector, kind: MappingKind) {
    const fixtures = await fixturesOf(c._id, kind);
    // Entries written before outbound logging existed carry no direction: they are inbound.
    const deliveries = await models.RequestLog.find({ connectorId: c._id, direction: { $ne: 'outbound' }, kind: MAPPING_SEGMENTS[kind] })
      .sort({ createdAt: -1 })
      .limit(RECENT_DELIVERIES)
      .select('contentType body query bodyTruncated')
      .lean();
    const payloads: unknown[] = [];
    const decode = async (r: { contentType?: string | null; body?: string | null; query?: string | null }) => {
      try {
        payloads.push(
          await readPayload({
            body: r.body ?? '',
            contentType: r.contentType || undefined,
            query: r.query ?? '',
            maxBytes: engine.limits.maxPayloadBytes,
          }),
        );
      } catch (err) {
        if (!isAppError(err)) throw err;
      }
    };
    for (const f of fixtures) await decode(f.request);
    for (const d of deliveries) if (!d.bodyTruncated) await decode(d);
    return { payloads, fixtures: fixtures.length, deliveries: deliveries.length };
  }

  /** Paths the expression reads that no fixture or recent delivery of this kind carries: a warning, never a refusal. */
  async function warningsFor(
    c: Connector,
    kind: MappingKind,
    expression: string,
  ): Promise<{ warnings: UnreadWarning[]; checkedAgainst: { fixtures: number; deliveries: number } }> {
    const { payloads, fixtures, deliveries } = await samplePayloads(c, kind);
    return { warnings: unreadPaths(expression, payloads), checkedAgainst: { fixtures, deliveries } };
  }

  async function draftOf(c: Connector, kind: MappingKind) {
    const draft = await MappingDraft.findOne({ connectorId: c._id, kind }).lean();
    const live = liveOf(c, kind);
    const expression = draft?.expression ?? live.expression;
    return {
      kind,
      expression,
      saved: draft != null,
      updatedAt: draft?.updatedAt ?? null,
      live: { version: live.version, expression: live.expression, fromPreset: live.fromPreset },
      differsFromLive: expression !== live.expression,
    };
  }

  async function getDraft(id: string, kind: MappingKind = 'callLog') {
    return draftOf(await connectorOf(id), kind);
  }

  async function storeDraft(c: Connector, kind: MappingKind, expression: string, userId: string | null) {
    await MappingDraft.updateOne({ connectorId: c._id, kind }, { $set: { expression, updatedBy: userId } }, { upsert: true });
    return draftOf(c, kind);
  }

  async function saveDraft(id: string, kind: MappingKind, expression: string, userId: string | null) {
    const c = await connectorOf(id);
    return { ...(await storeDraft(c, kind, expression, userId)), ...(await warningsFor(c, kind, expression)) };
  }

  async function discardDraft(id: string, kind: MappingKind = 'callLog') {
    const c = await connectorOf(id);
    await MappingDraft.deleteOne({ connectorId: c._id, kind });
    return draftOf(c, kind);
  }

  async function nextVersion(c: Connector, kind: MappingKind): Promise<number> {
    const newest = await MappingVersion.findOne({ connectorId: c._id, kind }).sort({ version: -1 }).lean();
    return Math.max(newest?.version ?? 0, ownOf(c, kind)?.version ?? 0) + 1;
  }

  /** Writes an immutable version, then moves the live pointer to it (only if nobody moved it meanwhile). */
  async function release(
    c: Connector,
    kind: MappingKind,
    fields: { expression: string; fixtures: FixtureInput[]; source: 'published' | 'rollback'; restoredFrom?: number; note: string },
    userId: string | null,
  ) {
    const version = await nextVersion(c, kind);
    const publishedAt = new Date();
    try {
      await MappingVersion.create({
        connectorId: c._id,
        kind,
        version,
        ...fields,
        restoredFrom: fields.restoredFrom ?? null,
        publishedBy: userId,
        publishedAt,
      });
    } catch (err) {
      if ((err as { code?: number }).code === 11000)
        throw new AppError('CONFLICT', `Version ${version} was just published by someone else; reload and try again.`);
      throw err;
    }
    const own = ownOf(c, kind);
    const unchanged = own ? { [`mappings.${kind}.version`]: own.version } : { [`mappings.${kind}`]: null };
    const moved = await models.Connector.updateOne(
      { _id: c._id, ...unchanged },
      { $set: { [`mappings.${kind}`]: { expression: fields.expression, version, updatedBy: userId, updatedAt: publishedAt } } },
    );
    if (moved.matchedCount === 0) {
      await MappingVersion.deleteOne({ connectorId: c._id, kind, version });
      throw new AppError('CONFLICT', 'The live mapping changed while publishing; reload and try again.');
    }
    connectors.invalidate(String(c._id));
    return { version, publishedAt };
  }

  const snapshot = (f: FixtureInput): FixtureInput => ({ name: f.name, request: f.request, expect: f.expect });

  /**
   * The gate before an expression goes live (publish, rollback): it must compile and pass every
   * fixture the connector has for the kind today; refused with the failing fixtures named.
   */
  async function gate(c: Connector, kind: MappingKind, expression: string, action: 'Publishing' | 'Rollback') {
    engine.compile(expression);
    const fixtures = await fixturesOf(c._id, kind);
    const failing = (await run(c, kind, expression, fixtures)).filter((r) => !r.pass);
    if (failing.length > 0) {
      const names = failing.map((r) => `"${r.name}"`).join(', ');
      throw new AppError(
        'FIXTURES_FAILING',
        `${action} refused: ${failing.length} of ${fixtures.length} fixtures fail: ${names}.`,
        failing.map((r) => ({ field: r.name, code: 'fixture_failed', message: r.diff.slice(0, 5).join('; ') })),
      );
    }
    return fixtures;
  }

  async function publish(id: string, kind: MappingKind, userId: string | null, note = '') {
    const c = await connectorOf(id);
    await ensureHistory(c, kind);
    const { expression, live } = await draftOf(c, kind);
    if (expression === live.expression) {
      throw new AppError(
        'CONFLICT',
        `The draft is the same as live ${live.fromPreset ? "version 0 (the preset's mapping)" : `version ${live.version}`}; nothing to publish.`,
      );
    }
    const fixtures = await gate(c, kind, expression, 'Publishing');
    const checked = await warningsFor(c, kind, expression);
    const released = await release(c, kind, { expression, fixtures: fixtures.map(snapshot), source: 'published', note }, userId);
    await MappingDraft.deleteOne({ connectorId: c._id, kind });
    return { ...released, ...checked };
  }

  async function versionOf(c: Connector, kind: MappingKind, version: number) {
    const doc = await MappingVersion.findOne({ connectorId: c._id, kind, version }).lean();
    if (!doc) throw new AppError('NOT_FOUND', `Version ${version} of this connector's ${KIND_WORDS[kind]} mapping not found.`);
    return doc;
  }

  async function rollback(id: string, kind: MappingKind, version: number, userId: string | null) {
    const c = await connectorOf(id);
    await ensureHistory(c, kind);
    const target = await versionOf(c, kind, version);
    if (target.version === ownOf(c, kind)?.version) throw new AppError('CONFLICT', `Version ${version} is already live.`);
    // The version comes back only if it passes today's fixtures, as a publish must; they are its snapshot.
    const fixtures = await gate(c, kind, target.expression, 'Rollback');
    return release(
      c,
      kind,
      {
        expression: target.expression,
        fixtures: fixtures.map((f) => snapshot({ name: f.name, request: f.request, expect: f.expect as FixtureInput['expect'] })),
        source: 'rollback',
        restoredFrom: target.version,
        note: `Rollback to version ${target.version}`,
      },
      userId,
    );
  }

  async function history(id: string, kind: MappingKind = 'callLog') {
    const c = await connectorOf(id);
    await ensureHistory(c, kind);
    const liveVersion = ownOf(c, kind)?.version ?? 0;
    const docs = await MappingVersion.find({ connectorId: c._id, kind }).sort({ version: -1 }).limit(500).lean();
    const userIds = [
      ...new Set(
        docs
          .map((d) => d.publishedBy)
          .filter(Boolean)
          .map(String),
      ),
    ];
    const users = new Map(
      (await models.User.find({ _id: { $in: userIds } }).lean()).map((u) => [
        String(u._id),
        { id: String(u._id), name: u.name, email: u.email },
      ]),
    );
    return docs.map((d) => ({
      version: d.version,
      live: d.version === liveVersion,
      expression: d.expression,
      source: d.source,
      restoredFrom: d.restoredFrom ?? null,
      note: d.note ?? '',
      fixtureCount: d.fixtures?.length ?? 0,
      publishedAt: d.publishedAt,
      publishedBy: d.publishedBy
        ? (users.get(String(d.publishedBy)) ?? { id: String(d.publishedBy), name: '(deleted user)', email: '' })
        : null,
    }));
  }

  /** Two versions side by side: their expressions and what today's fixtures produce under each. */
  async function diff(id: string, kind: MappingKind, a: number, b: number) {
    const c = await connectorOf(id);
    await ensureHistory(c, kind);
    const [va, vb] = [await versionOf(c, kind, a), await versionOf(c, kind, b)];
    const fixtures = await fixturesOf(c._id, kind);
    const [ra, rb] = [await run(c, kind, va.expression, fixtures), await run(c, kind, vb.expression, fixtures)];
    return {
      a: { version: va.version, expression: va.expression, publishedAt: va.publishedAt },
      b: { version: vb.version, expression: vb.expression, publishedAt: vb.publishedAt },
      fixtures: fixtures.map((f, i) => ({ id: String(f._id), name: f.name, a: ra[i], b: rb[i] })),
    };
  }

  return {
    connectorOf,
    contextOf,
    ownOf,
    liveOf,
    ensureHistory,
    fixturesOf,
    run,
    warningsFor,
    getDraft,
    storeDraft,
    saveDraft,
    discardDraft,
    publish,
    rollback,
    history,
    diff,
    release,
    snapshot,
  };
}

export type MappingService = ReturnType<typeof makeMappingService>;
