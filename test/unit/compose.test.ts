/**
 * docker-compose.yml is never started on the development machines (they have no Docker engine), so
 * this is what keeps it honest: first the Compose Specification's JSON schema (the copy the `dclint`
 * package ships), then the structure Patchcord relies on. Each structural rule returns its problems;
 * the rules also run on broken copies of the file, so a rule that can no longer fail is noticed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';

type DependsOn = string[] | Record<string, { condition?: string }>;
interface Service {
  image?: string;
  build?: unknown;
  command?: string | string[];
  environment?: Record<string, unknown> | string[];
  ports?: unknown[];
  volumes?: unknown[];
  depends_on?: DependsOn;
}
interface Compose {
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
}
type Rule = (compose: Compose) => string[];

const ROOT = path.resolve(__dirname, '..', '..');
const API = 'patchcord-api';
const WORKER = 'patchcord-worker';
/** Services that may publish ports, and what they publish (host → container). */
const PUBLISHED: Record<string, string> = { [API]: '8080->8080', 'temporal-ui': '8233->8080' };
/** Variables compose must refuse to start without, and the services that read them. */
const REQUIRED_VARS: Array<[service: string, key: string, variable: string]> = [
  [API, 'PATCHCORD_SECRET_KEY', 'PATCHCORD_SECRET_KEY'],
  [API, 'PATCHCORD_ADMIN_PASSWORD', 'PATCHCORD_ADMIN_PASSWORD'],
  [WORKER, 'PATCHCORD_SECRET_KEY', 'PATCHCORD_SECRET_KEY'],
  [WORKER, 'PATCHCORD_ADMIN_PASSWORD', 'PATCHCORD_ADMIN_PASSWORD'],
  ['postgresql', 'POSTGRES_PASSWORD', 'TEMPORAL_DB_PASSWORD'],
  ['temporal', 'POSTGRES_PWD', 'TEMPORAL_DB_PASSWORD'],
];

// Compose resolves `<<` merge keys before validating, so the test reads the file the same way.
const load = (text: string): Compose => parse(text, { merge: true }) as Compose;
const composeFile = load(readFileSync(path.join(ROOT, 'docker-compose.yml'), 'utf8'));
const services = (c: Compose) => Object.entries(c.services ?? {});
const isList = (value: unknown): value is string[] => Array.isArray(value);
const dependencies = (s: Service): Record<string, string | undefined> =>
  isList(s.depends_on)
    ? Object.fromEntries(s.depends_on.map((name) => [name, undefined]))
    : Object.fromEntries(Object.entries(s.depends_on ?? {}).map(([name, d]) => [name, d.condition]));
const env = (s: Service): Record<string, unknown> =>
  isList(s.environment)
    ? Object.fromEntries(
        s.environment.map((line): [string, string] => {
          const [key = '', ...value] = line.split('=');
          return [key, value.join('=')];
        }),
      )
    : (s.environment ?? {});
const commandText = (s: Service) => [s.command ?? []].flat().join(' ');

const rules: Record<string, Rule> = {
  pinnedImages: (c) =>
    services(c).flatMap(([name, s]) => {
      if (s.build !== undefined) return [];
      const tag = /^[^@]*:([\w][\w.-]*)$/.exec(s.image?.split('/').pop() ?? '')?.[1];
      const pinned = (tag !== undefined && tag !== 'latest') || /@sha256:[a-f0-9]{64}$/.test(s.image ?? '');
      return pinned ? [] : [`${name}: image "${s.image}" has neither a pinned tag nor a build`];
    }),
  noAutoSetup: (c) =>
    services(c)
      .filter(([, s]) => s.image?.startsWith('temporalio/auto-setup'))
      .map(([name]) => `${name}: uses the deprecated temporalio/auto-setup image`),
  sharedBuild: (c) => {
    const [api, worker] = [c.services[API], c.services[WORKER]];
    if (!api || !worker) return [`${API} and ${WORKER} must both exist`];
    const problems: string[] = [];
    if (api.build === undefined || JSON.stringify(api.build) !== JSON.stringify(worker.build))
      problems.push('api and worker builds differ');
    if (api.image !== worker.image) problems.push('api and worker image names differ');
    if (!commandText(api).includes('dist/src/cli/api.js')) problems.push('api does not run dist/src/cli/api.js');
    if (!commandText(worker).includes('dist/src/cli/worker.js')) problems.push('worker does not run dist/src/cli/worker.js');
    return problems;
  },
  schemaSetupBeforeServer: (c) => {
    const servers = services(c).filter(([, s]) => s.image?.startsWith('temporalio/server:'));
    if (servers.length !== 1) return [`expected one temporalio/server service, found ${servers.length}`];
    const [server, spec] = servers[0]!;
    const setup = Object.entries(dependencies(spec)).filter(([dep, condition]) => {
      const s = c.services[dep];
      const command = s ? commandText(s) : '';
      return (
        condition === 'service_completed_successfully' &&
        s?.image?.startsWith('temporalio/admin-tools:') &&
        ['temporal', 'temporal_visibility'].every((db) => command.includes(`--db ${db} update-schema`)) &&
        command.includes('postgresql/v12/temporal/versioned') &&
        command.includes('postgresql/v12/visibility/versioned')
      );
    });
    return setup.length === 1 ? [] : [`${server}: no admin-tools schema setup it waits for with service_completed_successfully`];
  },
  requiredSecrets: (c) =>
    REQUIRED_VARS.flatMap(([service, key, variable]) => {
      const spec = c.services[service];
      const value = spec ? env(spec)[key] : undefined;
      const required = typeof value === 'string' && new RegExp(`^\\$\\{${variable}:\\?[^}]+\\}$`).test(value);
      return required ? [] : [`${service}.${key} must be "\${${variable}:?message}", got ${JSON.stringify(value)}`];
    }),
  onlyApiAndUiPublish: (c) =>
    services(c).flatMap(([name, s]) => {
      const ports = (s.ports ?? []).map((p) =>
        typeof p === 'object' && p !== null
          ? `${String((p as { published?: unknown }).published)}->${String((p as { target?: unknown }).target)}`
          : String(p).split(':').slice(-2).join('->'),
      );
      const expected = PUBLISHED[name];
      if (expected === undefined) return ports.length > 0 ? [`${name}: must not publish ports (${ports.join(', ')})`] : [];
      return ports.length === 1 && ports[0] === expected ? [] : [`${name}: must publish exactly ${expected}, got ${ports.join(', ')}`];
    }),
  dependsOnTargetsExist: (c) =>
    services(c).flatMap(([name, s]) =>
      Object.keys(dependencies(s))
        .filter((dep) => !(dep in c.services))
        .map((dep) => `${name}: depends on missing "${dep}"`),
    ),
  namedVolumesDeclared: (c) =>
    services(c).flatMap(([name, s]) =>
      (s.volumes ?? [])
        .map((v) => (typeof v === 'string' ? v.split(':')[0]! : (v as { source?: unknown }).source))
        .filter((source): source is string => typeof source === 'string')
        .filter((source) => !/^[./~$]/.test(source) && !(source in (c.volumes ?? {})))
        .map((source) => `${name}: volume "${source}" is not declared under top-level volumes`),
    ),
  // Compose substitutes `$NAME` and `${NAME}` from the host's environment everywhere, commands
  // included: a variable meant for the container's shell must be written `$$NAME`.
  shellVariablesEscaped: (c) => {
    const bad: string[] = [];
    const visit = (value: unknown, at: string): void => {
      if (typeof value === 'string') {
        const rest = value.replace(/\$\$/g, '');
        const bare = rest.match(/\$[A-Za-z_]\w*/g) ?? [];
        const braced = (rest.match(/\$\{[^}]*\}?/g) ?? []).filter((ref) => !/^\$\{[A-Za-z_]\w*(?::?[-+?][^}]*)?\}$/.test(ref));
        for (const ref of [...bare, ...braced]) bad.push(`${at}: "${ref}" is substituted by compose (or invalid); write $$ for the shell`);
      } else if (value && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) visit(v, `${at}.${k}`);
      }
    };
    visit(c.services, 'services');
    return bad;
  },
};

describe('docker-compose.yml', () => {
  test('matches the Compose Specification schema', () => {
    const schemaPath = path.join(path.dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
    // Ajv knows draft-07 under its own URI only; the schema's `$schema` spelling differs, so drop it.
    const { $schema: _meta, ...schema } = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
    const validate = new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false }).compile(schema);
    const valid = validate(composeFile);
    expect(valid ? '' : new Ajv().errorsText(validate.errors, { separator: '\n' })).toBe('');
    // The same validator rejects what compose would reject.
    const broken = structuredClone(composeFile) as unknown as { services: Record<string, Record<string, unknown>> };
    broken.services.temporal!.depends_on = { postgresql: { condition: 'service_ready' } };
    expect(validate(broken)).toBe(false);
  });

  test.each(Object.keys(rules))('%s', (rule) => {
    expect(rules[rule]!(composeFile)).toEqual([]);
  });

  const mutations: Array<[string, string, (c: Compose) => void]> = [
    [
      'switching to auto-setup',
      'noAutoSetup',
      (c) => {
        c.services.temporal!.image = 'temporalio/auto-setup:1.29.1';
      },
    ],
    [
      'an untagged image',
      'pinnedImages',
      (c) => {
        c.services.mongo!.image = 'mongo';
      },
    ],
    [
      'a :latest image',
      'pinnedImages',
      (c) => {
        c.services['temporal-ui']!.image = 'temporalio/ui:latest';
      },
    ],
    [
      'a worker built differently',
      'sharedBuild',
      (c) => {
        c.services[WORKER]!.build = { context: './worker' };
      },
    ],
    [
      'a server that only waits for the setup to start',
      'schemaSetupBeforeServer',
      (c) => {
        c.services.temporal!.depends_on = {
          postgresql: { condition: 'service_healthy' },
          'temporal-schema-setup': { condition: 'service_started' },
        };
      },
    ],
    [
      'a secret with a default',
      'requiredSecrets',
      (c) => {
        c.services[API]!.environment = { ...env(c.services[API]!), PATCHCORD_SECRET_KEY: '${PATCHCORD_SECRET_KEY:-changeme}' };
      },
    ],
    [
      'a published database port',
      'onlyApiAndUiPublish',
      (c) => {
        c.services.mongo!.ports = ['27017:27017'];
      },
    ],
    [
      'a dependency on a missing service',
      'dependsOnTargetsExist',
      (c) => {
        c.services[API]!.depends_on = ['redis'];
      },
    ],
    [
      'an undeclared named volume',
      'namedVolumesDeclared',
      (c) => {
        c.services.mongo!.volumes = ['mongo-config:/data/configdb'];
      },
    ],
    [
      'an unescaped shell variable',
      'shellVariablesEscaped',
      (c) => {
        c.services['temporal-create-namespace']!.command = ['echo $HOSTNAME'];
      },
    ],
    [
      'a malformed substitution',
      'shellVariablesEscaped',
      (c) => {
        c.services.temporal!.image = 'temporalio/server:${TAG';
      },
    ],
  ];
  test.each(mutations)('would fail on %s', (_label, rule, mutate) => {
    const copy = structuredClone(composeFile);
    mutate(copy);
    expect(rules[rule]!(copy)).not.toEqual([]);
  });
});
