/**
 * The designer's mapping records, beside a connector's live pointer (`connector.mappings.<kind>`),
 * kept per mapping kind (MAPPING_KINDS: callLog, events, popup, callEvent, route):
 *
 * - MappingVersion: an immutable published version. Version numbers only grow; the live pointer is
 *   always the newest version, and every call activity records the number that mapped it. A kind
 *   without a mapping of its own runs its preset's (version 0); its first published version is 1.
 * - MappingDraft: the one expression an admin is editing; publishing turns it into a version.
 * - MappingFixture: a recorded request and what must come out (src/mapping/README.md); all of a
 *   mapping's fixtures must pass before it can be published (or rolled back to).
 * - MappingSample: the latest authenticated delivery a webhook accepted for the kind (size-capped),
 *   so the designer opens on a real payload; its `_id` is `<connectorId>:<kind>`, one per kind.
 *
 * Kept out of `models.ts` so the call path's models stay small; built the same way, per connection.
 */
import { Schema, type Connection, type InferSchemaType, type Model, type Types } from 'mongoose';
import { MAPPING_KINDS } from '../call/mapped-events';
import { VERSION_SOURCES } from '../domain/connector';

const { ObjectId, Mixed } = Schema.Types;

const requestSchema = new Schema(
  {
    contentType: { type: String, default: '' },
    body: { type: String, default: '' },
    query: { type: String, default: '' },
    /** When the request was received (ISO); stands in for an event time the mapping leaves out. */
    receivedAt: { type: String, default: undefined },
  },
  { _id: false },
);

const fixtureSchema = new Schema(
  {
    connectorId: { type: ObjectId, required: true },
    kind: { type: String, enum: MAPPING_KINDS, required: true },
    name: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    request: { type: requestSchema, required: true },
    /** `{ output }` or `{ error, position? }`, as in a fixture file. */
    expect: { type: Mixed, required: true },
    updatedBy: { type: ObjectId, default: null },
  },
  { timestamps: true, minimize: false },
);
fixtureSchema.index({ connectorId: 1, kind: 1, name: 1 }, { unique: true });

/** A fixture as frozen into a version: what it was and that it passed. */
const snapshotSchema = new Schema({ name: String, request: requestSchema, expect: Mixed }, { _id: false, minimize: false });

const versionSchema = new Schema(
  {
    connectorId: { type: ObjectId, required: true },
    kind: { type: String, enum: MAPPING_KINDS, required: true },
    version: { type: Number, required: true },
    expression: { type: String, required: true },
    fixtures: { type: [snapshotSchema], default: [] },
    source: { type: String, enum: VERSION_SOURCES, required: true },
    /** For a rollback: the version whose expression this one republished. */
    restoredFrom: { type: Number, default: null },
    note: { type: String, default: '' },
    publishedBy: { type: ObjectId, default: null },
    publishedAt: { type: Date, required: true },
  },
  { minimize: false },
);
versionSchema.index({ connectorId: 1, kind: 1, version: -1 }, { unique: true });

const draftSchema = new Schema(
  {
    connectorId: { type: ObjectId, required: true },
    kind: { type: String, enum: MAPPING_KINDS, required: true },
    expression: { type: String, required: true },
    updatedBy: { type: ObjectId, default: null },
  },
  { timestamps: true },
);
draftSchema.index({ connectorId: 1, kind: 1 }, { unique: true });

const sampleSchema = new Schema(
  {
    _id: { type: String, required: true },
    connectorId: { type: ObjectId, required: true },
    kind: { type: String, enum: MAPPING_KINDS, required: true },
    request: { type: requestSchema, required: true },
    receivedAt: { type: Date, required: true },
  },
  { minimize: false },
);

export type MappingVersionDoc = InferSchemaType<typeof versionSchema> & { _id: Types.ObjectId };
export type MappingFixtureDoc = InferSchemaType<typeof fixtureSchema> & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };
export type MappingDraftDoc = InferSchemaType<typeof draftSchema> & { _id: Types.ObjectId; updatedAt: Date };

/** Reuses models already registered on the connection (several route sets may ask for them). */
function modelOf<S extends Schema>(conn: Connection, name: string, schema: S): Model<InferSchemaType<S>> {
  return (conn.models[name] ?? conn.model(name, schema)) as Model<InferSchemaType<S>>;
}

export function makeMappingModels(conn: Connection) {
  const models = {
    MappingVersion: modelOf(conn, 'MappingVersion', versionSchema),
    MappingDraft: modelOf(conn, 'MappingDraft', draftSchema),
    MappingFixture: modelOf(conn, 'MappingFixture', fixtureSchema),
    MappingSample: modelOf(conn, 'MappingSample', sampleSchema),
  };
  // The connection is opened with autoIndex off; build these once per process, before first use.
  let indexed: Promise<void> | null = null;
  const ensureIndexes = (): Promise<void> => {
    indexed ??= Promise.all(Object.values(models).map((m) => m.createIndexes())).then(
      () => undefined,
      (err: unknown) => {
        indexed = null;
        throw err;
      },
    );
    return indexed;
  };
  return { ...models, ensureIndexes };
}

export type MappingModels = ReturnType<typeof makeMappingModels>;
