/**
 * Workflow histories as files: Temporal's JSON history format (what `temporal workflow show --output
 * json` prints), read and written with ProtoJSON, and replayed against a workflow bundle. The replay
 * test, the harness test and the recorder (test/histories/record.ts) all use these, so what the
 * recorder writes is exactly what the replay test reads.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as proto from '@temporalio/proto';
import { patchProtobufRoot } from '@temporalio/proto/lib/patch-protobuf-root';
import { Worker, type WorkflowBundleOption } from '@temporalio/worker';

export type History = proto.temporal.api.history.v1.IHistory;

export interface JsonEvent {
  eventType: string;
  [attributes: string]: any;
}

export interface JsonHistory {
  events: JsonEvent[];
}

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'fixtures', 'histories');

/**
 * @temporalio/common's historyFromJSON uses the ProtoJSON reader of its own protobufjs copy, which
 * rejects the History type of @temporalio/proto's copy ("type must be a Type") when npm installs them
 * separately, as it does here; the reader and writer of the protobufjs that @temporalio/proto uses
 * accept it.
 */
const protojson = createRequire(require.resolve('@temporalio/proto'))('protobufjs/ext/protojson') as {
  fromJson(type: unknown, json: unknown, options?: { ignoreUnknownFields?: boolean }): History;
  toJson(type: unknown, message: unknown): unknown;
};
const historyType = (patchProtobufRoot(proto) as unknown as { lookupType(name: string): unknown }).lookupType(
  'temporal.api.history.v1.History',
);

export function historyFromJson(json: JsonHistory): History {
  return protojson.fromJson(historyType, json, { ignoreUnknownFields: true });
}

export function historyToJson(history: History): JsonHistory {
  return protojson.toJson(historyType, history) as JsonHistory;
}

export function readHistory(file: string, dir = HISTORIES_DIR): JsonHistory {
  return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as JsonHistory;
}

export function historyFiles(dir = HISTORIES_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function workflowTypeOf(json: JsonHistory): string | undefined {
  return json.events[0]?.workflowExecutionStartedEventAttributes?.workflowType?.name as string | undefined;
}

/** The patch ids the history's markers record, in order (`patched()` and `deprecatePatch()` alike). */
export function patchIdsOf(json: JsonHistory): string[] {
  const ids: string[] = [];
  for (const event of json.events) {
    const attrs = event.markerRecordedEventAttributes;
    if (attrs?.markerName !== 'core_patch') continue;
    const data = attrs.details?.['patch-data']?.payloads?.[0]?.data as string | undefined;
    const id = data ? (JSON.parse(Buffer.from(data, 'base64').toString('utf8')) as { id: string }).id : null;
    if (id && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

/** The workflow id a history ran under (histories carry none; the file name stands in). */
const replayId = (name: string) => `replay:${name}`;

/**
 * Replays every history against the bundle (a file's path, or bundled code) in one replay worker;
 * resolves with each history's error, if any, by name (a DeterminismViolationError when the code
 * would issue other commands than the history records).
 */
export async function replayAll(
  bundle: string | WorkflowBundleOption,
  histories: Record<string, JsonHistory>,
): Promise<Record<string, Error | undefined>> {
  const byId = new Map(Object.keys(histories).map((name) => [replayId(name), name]));
  const results: Record<string, Error | undefined> = {};
  const replays = Worker.runReplayHistories(
    { workflowBundle: typeof bundle === 'string' ? { codePath: bundle } : bundle, replayName: 'history-replay' },
    Object.entries(histories).map(([name, json]) => ({ workflowId: replayId(name), history: historyFromJson(json) })),
  );
  for await (const result of replays) results[byId.get(result.workflowId) ?? result.workflowId] = result.error;
  return results;
}
