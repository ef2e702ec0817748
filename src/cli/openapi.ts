/**
 * The OpenAPI document without a running server, and the designer's API types generated from it
 * (`npm run designer:api` rewrites `designer/src/api/schema.d.ts`; `--check` only compares).
 *
 * The document comes from the app's own route definitions, built with the default configuration
 * (limits such as the largest sample appear in it). Building the routes runs no handler, so the
 * services they close over are inert placeholders; the configuration-derived values are real.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeApp, type AppDeps } from '../api/app';
import { loadConfig } from '../config';
import { makeMappingEngine } from '../mapping/engine';

export const API_TYPES_FILE = path.resolve(__dirname, '../../designer/src/api/schema.d.ts');

const HEADER = `/**
 * Generated from the server's OpenAPI document by \`npm run designer:api\` (src/cli/openapi.ts).
 * Do not edit: change the route's zod schemas and regenerate; a unit test fails while this is stale.
 */

`;

/** Any property, any depth, callable: enough for route factories that only capture their services. */
function placeholder(): unknown {
  const target = () => undefined;
  const proxy: unknown = new Proxy(target, { get: (_t, key) => (typeof key === 'symbol' ? undefined : proxy), apply: () => proxy });
  return proxy;
}

export function buildOpenApiDocument() {
  const config = loadConfig({ NODE_ENV: 'development' });
  const inert = placeholder() as never;
  const deps: AppDeps = {
    models: inert,
    temporal: inert,
    taskQueue: config.temporal.taskQueue,
    engine: makeMappingEngine({ timeoutMs: config.limits.mappingTimeoutMs, maxPayloadBytes: config.limits.webhookMaxBodyBytes }),
    connectors: inert,
    requestLog: inert,
    logger: inert,
    defaultCountry: config.defaultCountry,
    limits: config.limits,
    secureCookies: false,
    hub: inert,
    temporalNamespace: config.temporal.namespace,
    temporalUiUrl: undefined,
    providerApi: inert,
    box: inert,
    didSchedules: inert,
    routeOutbox: inert,
  };
  return makeApp(deps).openapi;
}

/** The text of `designer/src/api/schema.d.ts` for the current route definitions. */
export async function generateApiTypes(): Promise<string> {
  // Loaded here, not at the top: its ES-module dependencies load under Node, not under Jest's CommonJS.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(JSON.stringify(buildOpenApiDocument())) as Parameters<typeof openapiTS>[0]);
  return HEADER + astToString(ast);
}

async function main(): Promise<void> {
  const text = await generateApiTypes();
  const relative = path.relative(process.cwd(), API_TYPES_FILE);
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(API_TYPES_FILE) ? fs.readFileSync(API_TYPES_FILE, 'utf8') : '';
    if (current !== text) throw new Error(`${relative} is stale: run npm run designer:api`);
    return;
  }
  fs.mkdirSync(path.dirname(API_TYPES_FILE), { recursive: true });
  fs.writeFileSync(API_TYPES_FILE, text);
  process.stdout.write(`wrote ${relative}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
