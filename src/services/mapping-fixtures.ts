/**
 * A connector's mapping fixtures of each kind: sample requests with the output (or error) they must
 * give. Names are unique per connector and kind.
 */
import type { MappingKind } from '../call/mapped-events';
import type { MappingModels } from '../db/mapping-models';
import type { Types } from '../db/models';
import { AppError } from '../errors';
import { KIND_WORDS, type FixtureInput, type MappingService } from './mappings';

/** A fixture as the admin API sends and receives it. */
export interface FixtureBody {
  name: string;
  description: string;
  request: FixtureInput['request'];
  expect: FixtureInput['expect'];
}

function toFixture(f: {
  _id: unknown;
  kind?: string;
  name: string;
  description?: string | null;
  request: unknown;
  expect: unknown;
  updatedAt?: Date;
}) {
  return {
    id: String(f._id),
    kind: f.kind ?? 'callLog',
    name: f.name,
    description: f.description ?? '',
    request: f.request as FixtureInput['request'],
    expect: f.expect as FixtureInput['expect'],
    updatedAt: f.updatedAt,
  };
}

export function makeMappingFixtures({ mappingModels, mappings }: { mappingModels: MappingModels; mappings: MappingService }) {
  const { MappingFixture } = mappingModels;

  async function nameFree(connectorId: Types.ObjectId, kind: MappingKind, name: string, exceptId?: string) {
    const clash = await MappingFixture.exists({ connectorId, kind, name, ...(exceptId ? { _id: { $ne: exceptId } } : {}) });
    if (clash)
      throw new AppError('CONFLICT', `A fixture named "${name}" already exists.`, [
        { field: 'body.name', code: 'duplicate', message: 'name is taken' },
      ]);
  }

  async function fixtureOf(connectorId: string, kind: MappingKind, fixtureId: string) {
    const f = await MappingFixture.findOne({ _id: fixtureId, connectorId, kind }).lean();
    if (!f) throw new AppError('NOT_FOUND', `Fixture ${fixtureId} not found on this connector's ${KIND_WORDS[kind]} mapping.`);
    return f;
  }

  async function list(id: string, kind: MappingKind) {
    const c = await mappings.connectorOf(id);
    return (await mappings.fixturesOf(c._id, kind)).map(toFixture);
  }

  async function create(id: string, kind: MappingKind, body: FixtureBody, userId: string | null) {
    const c = await mappings.connectorOf(id);
    await nameFree(c._id, kind, body.name);
    const doc = await MappingFixture.create({ connectorId: c._id, kind, ...body, updatedBy: userId });
    return toFixture(doc.toObject());
  }

  async function replace(id: string, kind: MappingKind, fixtureId: string, body: FixtureBody, userId: string | null) {
    const c = await mappings.connectorOf(id);
    await fixtureOf(id, kind, fixtureId);
    await nameFree(c._id, kind, body.name, fixtureId);
    await MappingFixture.updateOne({ _id: fixtureId }, { $set: { ...body, updatedBy: userId } });
    return toFixture(await fixtureOf(id, kind, fixtureId));
  }

  async function remove(id: string, kind: MappingKind, fixtureId: string): Promise<void> {
    await mappings.connectorOf(id);
    await fixtureOf(id, kind, fixtureId);
    await MappingFixture.deleteOne({ _id: fixtureId });
  }

  /** Replaces the connector's fixtures of these kinds with imported ones (each with its kind, call log by default). */
  async function replaceKinds(
    connectorId: Types.ObjectId,
    kinds: readonly MappingKind[],
    fixtures: readonly (FixtureBody & { kind?: MappingKind })[],
    userId: string | null,
  ): Promise<void> {
    await MappingFixture.deleteMany({ connectorId, kind: { $in: [...kinds] } });
    for (const f of fixtures) await MappingFixture.create({ connectorId, kind: 'kind' in f ? f.kind : 'callLog', ...f, updatedBy: userId });
  }

  return { list, create, replace, remove, replaceKinds };
}

export type MappingFixtures = ReturnType<typeof makeMappingFixtures>;
