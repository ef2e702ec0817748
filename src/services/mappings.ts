/**
 * A connector's call-log mapping as the designer sees it: a draft being edited, fixtures that must
 * pass, and immutable published versions. `connector.mappings.callLog` stays THE live pointer the
 * webhooks read; publishing (and rolling back) writes it, so the call path needs nothing from here.
 *
 * Rollback republishes an old version's expression as a NEW version rather than re-pointing: version
 * numbers only grow, the live version is always the newest one, and the number an activity records
 * names exactly one expression forever.
 */
import { type CallContext } from '../call/canonical';
import { toCountryCode } from '../call/phone';
import type { Models, Types } from '../db/models';
import type { MappingFixtureDoc, MappingKind, MappingModels } from '../db/mapping-models';
import { AppError } from '../errors';
import type { MappingEngine } from '../mapping/engine';
import { type FixtureResult, type MappingFixture, runFixture } from '../mapping/fixtures';
import { getPreset } from '../providers';
import type { ConnectorService } from './connectors';

export interface FixtureRequest {
  contentType: string;
  body: string;
  query: string;
}

export interface FixtureInput {
  name: string;
  description?: string;
  request: FixtureRequest;
  expect: MappingFixture['expect'];
}

export type FixtureRun = FixtureResult & { id: string | null };

const KIND: MappingKind = 'callLog';

export function makeMappingService(deps: { models: Models; mappingModels: MappingModels; engine: MappingEngine; connectors: ConnectorService }) {
  const { models, mappingModels: mm, engine, connectors } = deps;
  const { MappingVersion, MappingDraft, MappingFixture } = mm;

  async function connectorOf(id: string) {
    await mm.ensureIndexes();
    const doc = await models.Connector.findById(id).lean();
    if (!doc) throw new AppError('NOT_FOUND', `Connector ${id} not found.`);
    return doc;
  }
  type Connector = Awaited<ReturnType<typeof connectorOf>>;

  const contextOf = (c: Connector): CallContext => ({ defaultCountry: toCountryCode(c.defaultCountry) ?? 'IN', timeZone: c.timeZone });

  /**
   * Version 1 is the mapping the connector was created with; it (and any mapping set directly through
   * PATCH /api/admin/connectors/:id) is recorded the first time the history is read or written.
   */
  async function ensureHistory(c: Connector): Promise<void> {
    const live = c.mappings.callLog;
    if (await MappingVersion.exists({ connectorId: c._id, kind: KIND, version: live.version })) return;
    const first = !(await MappingVersion.exists({ connectorId: c._id, kind: KIND }));
    try {
      await MappingVersion.create({
        connectorId: c._id, kind: KIND, version: live.version, expression: live.expression, fixtures: [],
        source: first ? 'created' : 'api',
        note: first ? `Created with the connector from the ${c.presetId} preset` : 'Set through the connector API',
        publishedBy: live.updatedBy ?? null,
        publishedAt: live.updatedAt ?? (c as { createdAt?: Date }).createdAt ?? new Date(),
      });
    } catch (err) {
      if ((err as { code?: number }).code !== 11000) throw err; // recorded by a concurrent request
    }
  }

  async function fixturesOf(connectorId: Types.ObjectId): Promise<MappingFixtureDoc[]> {
    return MappingFixture.find({ connectorId, kind: KIND }).sort({ createdAt: 1, _id: 1 }).lean();
  }

  /** Runs fixtures exactly as the fixture files run: production's decode, engine, limits and validation. */
  async function run(c: Connector, expression: string, fixtures: readonly (FixtureInput & { _id?: Types.ObjectId })[]): Promise<FixtureRun[]> {
    const context = contextOf(c);
    const results: FixtureRun[] = [];
    for (const f of fixtures) {
      const fixture: MappingFixture = { name: f.name, request: f.request, mapping: { expression }, context, expect: f.expect };
      const result = await runFixture(engine, fixture, getPreset);
      results.push({ ...result, id: f._id ? String(f._id) : null });
    }
    return results;
  }

  async function getDraft(id: string) {
    const c = await connectorOf(id);
    const draft = await MappingDraft.findOne({ connectorId: c._id, kind: KIND }).lean();
    const live = c.mappings.callLog;
    const expression = draft?.expression ?? live.expression;
    return {
      expression,
      saved: draft != null,
      updatedAt: draft?.updatedAt ?? null,
      live: { version: live.version, expression: live.expression },
      differsFromLive: expression !== live.expression,
    };
  }

  async function saveDraft(id: string, expression: string, userId: string | null) {
    const c = await connectorOf(id);
    await MappingDraft.updateOne({ connectorId: c._id, kind: KIND }, { $set: { expression, updatedBy: userId } }, { upsert: true });
    return getDraft(id);
  }

  async function discardDraft(id: string) {
    const c = await connectorOf(id);
    await MappingDraft.deleteOne({ connectorId: c._id, kind: KIND });
    return getDraft(id);
  }

  async function nextVersion(c: Connector): Promise<number> {
    const newest = await MappingVersion.findOne({ connectorId: c._id, kind: KIND }).sort({ version: -1 }).lean();
    return Math.max(newest?.version ?? 0, c.mappings.callLog.version) + 1;
  }

  /** Writes an immutable version, then moves the live pointer to it (only if nobody moved it meanwhile). */
  async function release(c: Connector, fields: { expression: string; fixtures: FixtureInput[]; source: 'published' | 'rollback'; restoredFrom?: number; note: string }, userId: string | null) {
    const version = await nextVersion(c);
    const publishedAt = new Date();
    try {
      await MappingVersion.create({ connectorId: c._id, kind: KIND, version, ...fields, restoredFrom: fields.restoredFrom ?? null, publishedBy: userId, publishedAt });
    } catch (err) {
      if ((err as { code?: number }).code === 11000) throw new AppError('CONFLICT', `Version ${version} was just published by someone else; reload and try again.`);
      throw err;
    }
    const moved = await models.Connector.updateOne(
      { _id: c._id, 'mappings.callLog.version': c.mappings.callLog.version },
      { $set: { 'mappings.callLog': { expression: fields.expression, version, updatedBy: userId, updatedAt: publishedAt } } },
    );
    if (moved.matchedCount === 0) {
      await MappingVersion.deleteOne({ connectorId: c._id, kind: KIND, version });
      throw new AppError('CONFLICT', 'The live mapping changed while publishing; reload and try again.');
    }
    connectors.invalidate(String(c._id));
    return { version, publishedAt };
  }

  const snapshot = (f: FixtureInput): FixtureInput => ({ name: f.name, request: f.request, expect: f.expect });

  async function publish(id: string, userId: string | null, note = '') {
    const c = await connectorOf(id);
    await ensureHistory(c);
    const { expression } = await getDraft(id);
    if (expression === c.mappings.callLog.expression) throw new AppError('CONFLICT', `The draft is the same as live version ${c.mappings.callLog.version}; nothing to publish.`);
    engine.compile(expression);
    const fixtures = await fixturesOf(c._id);
    const failing = (await run(c, expression, fixtures)).filter((r) => !r.pass);
    if (failing.length > 0) {
      const names = failing.map((r) => `"${r.name}"`).join(', ');
      throw new AppError('FIXTURES_FAILING', `Publishing refused: ${failing.length} of ${fixtures.length} fixtures fail: ${names}.`,
        failing.map((r) => ({ field: r.name, code: 'fixture_failed', message: r.diff.slice(0, 5).join('; ') })));
    }
    const released = await release(c, { expression, fixtures: fixtures.map(snapshot), source: 'published', note }, userId);
    await MappingDraft.deleteOne({ connectorId: c._id, kind: KIND });
    return released;
  }

  async function versionOf(c: Connector, version: number) {
    const doc = await MappingVersion.findOne({ connectorId: c._id, kind: KIND, version }).lean();
    if (!doc) throw new AppError('NOT_FOUND', `Version ${version} of this connector's call-log mapping not found.`);
    return doc;
  }

  async function rollback(id: string, version: number, userId: string | null) {
    const c = await connectorOf(id);
    await ensureHistory(c);
    const target = await versionOf(c, version);
    if (target.version === c.mappings.callLog.version) throw new AppError('CONFLICT', `Version ${version} is already live.`);
    const fixtures = (target.fixtures ?? []).map((f) => ({ name: f.name ?? '', request: f.request as FixtureRequest, expect: f.expect as FixtureInput['expect'] }));
    return release(c, { expression: target.expression, fixtures, source: 'rollback', restoredFrom: target.version, note: `Rollback to version ${target.version}` }, userId);
  }

  async function history(id: string) {
    const c = await connectorOf(id);
    await ensureHistory(c);
    const docs = await MappingVersion.find({ connectorId: c._id, kind: KIND }).sort({ version: -1 }).limit(500).lean();
    const userIds = [...new Set(docs.map((d) => d.publishedBy).filter(Boolean).map(String))];
    const users = new Map((await models.User.find({ _id: { $in: userIds } }).lean()).map((u) => [String(u._id), { id: String(u._id), name: u.name, email: u.email }]));
    return docs.map((d) => ({
      version: d.version,
      live: d.version === c.mappings.callLog.version,
      expression: d.expression,
      source: d.source,
      restoredFrom: d.restoredFrom ?? null,
      note: d.note ?? '',
      fixtureCount: d.fixtures?.length ?? 0,
      publishedAt: d.publishedAt,
      publishedBy: d.publishedBy ? (users.get(String(d.publishedBy)) ?? { id: String(d.publishedBy), name: '(deleted user)', email: '' }) : null,
    }));
  }

  /** Two versions side by side: their expressions and what today's fixtures produce under each. */
  async function diff(id: string, a: number, b: number) {
    const c = await connectorOf(id);
    await ensureHistory(c);
    const [va, vb] = [await versionOf(c, a), await versionOf(c, b)];
    const fixtures = await fixturesOf(c._id);
    const [ra, rb] = [await run(c, va.expression, fixtures), await run(c, vb.expression, fixtures)];
    return {
      a: { version: va.version, expression: va.expression, publishedAt: va.publishedAt },
      b: { version: vb.version, expression: vb.expression, publishedAt: vb.publishedAt },
      fixtures: fixtures.map((f, i) => ({ id: String(f._id), name: f.name, a: ra[i], b: rb[i] })),
    };
  }

  return { connectorOf, contextOf, ensureHistory, fixturesOf, run, getDraft, saveDraft, discardDraft, publish, rollback, history, diff, release, snapshot };
}

export type MappingService = ReturnType<typeof makeMappingService>;
