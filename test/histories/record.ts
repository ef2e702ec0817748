/**
 * Records workflow histories for the replay test: `npm run histories:record`.
 *
 * Starts the integration test services (Temporal dev server, FerretDB, the workflow bundle, as Jest's
 * global setup does), runs every scenario of scenarios.ts against a real Patchcord and the provider
 * simulator, waits until each workflow is idle or done, and writes every run of it to
 * test/fixtures/histories/ as `<type>-<version>-<scenario>[-run<n>].json`, then replays what it wrote
 * against the same bundle. Run it before changing workflow code, so the histories of the code that
 * running workflows started on are kept.
 *
 *   --only <scenario>[,<scenario>]   scenario names, or a workflow type (`clickToCall`)
 *   --overwrite                      replace files that already exist (they are kept otherwise)
 *   --out <dir>                      write elsewhere (e.g. to compare with the committed files)
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import globalSetup from '../helpers/global-setup';
import globalTeardown from '../helpers/global-teardown';
import { testEnv } from '../helpers/env';
import { installRuntimeOnce } from '../../src/runtime/worker';
import { waitFor } from '../helpers/harness';
import { HISTORIES_DIR, historyToJson, patchIdsOf, replayAll, type History, type JsonHistory } from '../helpers/histories';
import { FILE_PREFIX, SCENARIOS, setUpStage, VERSIONS, type Scenario } from './scenarios';

interface Options {
  only: string[];
  overwrite: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { only: [], overwrite: false, out: HISTORIES_DIR };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--overwrite') options.overwrite = true;
    else if (arg === '--only') options.only.push(...(argv[++i] ?? '').split(',').filter(Boolean));
    else if (arg === '--out') options.out = path.resolve(argv[++i] ?? '.');
    else throw new Error(`unknown argument ${arg}; see test/histories/record.ts`);
  }
  const known = new Set(SCENARIOS.flatMap((s) => [s.name, s.type]));
  const unknown = options.only.filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`no scenario or workflow type ${unknown.join(', ')}`);
  return options;
}

/** Waits until the run has no pending activity or workflow task and its history stopped growing. */
async function settledHistory(client: Client, workflowId: string, runId: string): Promise<History> {
  let length = -1;
  let since = Date.now();
  return waitFor(
    async () => {
      const handle = client.workflow.getHandle(workflowId, runId);
      const { raw } = await handle.describe();
      const history = await handle.fetchHistory();
      const n = history.events?.length ?? 0;
      if ((raw.pendingActivities?.length ?? 0) > 0 || raw.pendingWorkflowTask || n !== length) {
        length = n;
        since = Date.now();
        return null;
      }
      return Date.now() - since >= 1000 ? history : null;
    },
    60_000,
    `${workflowId} (run ${runId}) idle`,
  );
}

/** Every run of the workflow, first to latest, following its continue-as-new chain. */
async function runsOf(client: Client, workflowId: string): Promise<History[]> {
  const { raw } = await client.workflow.getHandle(workflowId).describe();
  let runId: string | null | undefined = raw.workflowExecutionInfo?.firstRunId ?? raw.workflowExecutionInfo?.execution?.runId;
  const runs: History[] = [];
  while (runId) {
    const history = await settledHistory(client, workflowId, runId);
    runs.push(history);
    runId = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
  }
  return runs;
}

/**
 * Failures' stack traces name the recording machine's folders and play no part in replay: they are
 * left out of the files.
 */
function withoutStackTraces(key: string, value: unknown): unknown {
  return key === 'stackTrace' ? '' : value;
}

function fileNames(scenario: Scenario, count: number): string[] {
  const base = `${FILE_PREFIX[scenario.type]}-${VERSIONS[scenario.type].version}-${scenario.name}`;
  return count === 1 ? [`${base}.json`] : Array.from({ length: count }, (_, i) => `${base}-run${i + 1}.json`);
}

/**
 * A history with a patch marker its version does not declare comes from code that needs a new version
 * in VERSIONS. (A history may record fewer: a marker read only on one path, such as an unknown dial
 * outcome, is absent from the others.)
 */
function checkVersion(scenario: Scenario, json: JsonHistory): void {
  const declared = VERSIONS[scenario.type];
  const recorded = patchIdsOf(json);
  if (recorded.some((marker) => !declared.patches.includes(marker))) {
    throw new Error(
      `${scenario.type} recorded the patch markers [${recorded.join(', ')}] but ${declared.version} declares ` +
        `[${declared.patches.join(', ')}]: declare a new version in test/histories/scenarios.ts (VERSIONS)`,
    );
  }
}

async function record(options: Options): Promise<void> {
  const selected = SCENARIOS.filter((s) => options.only.length === 0 || options.only.includes(s.name) || options.only.includes(s.type));
  fs.mkdirSync(options.out, { recursive: true });
  // The scenarios fail steps on purpose; the worker's warnings about them are not shown.
  installRuntimeOnce('ERROR');
  const stage = await setUpStage();
  const written: Record<string, JsonHistory> = {};
  try {
    for (const scenario of selected) {
      process.stdout.write(`${scenario.type} ${scenario.name}: `);
      const ids = await scenario.run(stage);
      const runs = (await Promise.all(ids.map((id) => runsOf(stage.h.api.temporal, id)))).flat();
      const names = fileNames(scenario, runs.length);
      runs.forEach((history, i) => {
        const json = historyToJson(history);
        checkVersion(scenario, json);
        const name = names[i] as string;
        const file = path.join(options.out, name);
        if (fs.existsSync(file) && !options.overwrite) {
          process.stdout.write(`${name} exists (kept; --overwrite replaces it) `);
          return;
        }
        fs.writeFileSync(file, `${JSON.stringify(json, withoutStackTraces, 2)}\n`);
        written[name] = json;
        process.stdout.write(`${name} `);
      });
      process.stdout.write('\n');
    }
  } finally {
    await stage.stop();
  }
  const failures = Object.entries(await replayAll(testEnv('bundle'), written)).filter(([, error]) => error);
  for (const [name, error] of failures) process.stderr.write(`${name} does not replay: ${error?.message}\n`);
  if (failures.length > 0) throw new Error('a recorded history does not replay against the code it was recorded from');
  process.stdout.write(`${Object.keys(written).length} histories written to ${options.out}, each replays\n`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  await globalSetup();
  try {
    await record(options);
  } finally {
    await globalTeardown();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
