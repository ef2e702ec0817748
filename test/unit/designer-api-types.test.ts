/**
 * The designer's view of the server stays the server's: its API types are generated from the
 * OpenAPI document the route definitions make, and its helper completions read the engine's docs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildOpenApiDocument } from '../../src/cli/openapi';
import { MAPPING_FUNCTION_DOCS } from '../../src/mapping/function-docs';
import { makeMappingFunctions } from '../../src/mapping/functions';

const ROOT = path.resolve(__dirname, '../..');

test('designer/src/api/schema.d.ts is what the current routes generate (npm run designer:api)', () => {
  // The generator's ES-module dependencies run under Node (tsx), not Jest's CommonJS runtime.
  const run = spawnSync(process.execPath, [require.resolve('tsx/cli'), 'src/cli/openapi.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 120_000);

test("the document is built without services and documents the designer's routes", () => {
  const doc = buildOpenApiDocument();
  expect(Object.keys(doc.paths ?? {})).toEqual(
    expect.arrayContaining(['/api/admin/connectors/{id}/provider', '/api/admin/mappings/preview', '/api/admin/canonical-fields']),
  );
});

test('every helper a mapping can call is documented, and only those', () => {
  const helpers = Object.keys(makeMappingFunctions({ defaultCountry: 'IN', timeZone: 'Asia/Kolkata' })).map((name) => `$${name}`);
  expect(MAPPING_FUNCTION_DOCS.map((d) => d.name).sort()).toEqual(helpers.sort());
});
