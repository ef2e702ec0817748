import { loadConfig } from '../../src/config';

const production = {
  NODE_ENV: 'production',
  MONGO_URL: 'mongodb://db/patchcord',
  TEMPORAL_ADDRESS: 'temporal:7233',
  PATCHCORD_SECRET_KEY: 'k',
};

describe('loadConfig', () => {
  it('reads TRUST_PROXY as Express takes it: a boolean, a hop count, or addresses and names', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' }).http.trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: 'false' }).http.trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).http.trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, loopback' }).http.trustProxy).toBe('10.0.0.0/8, loopback');
  });

  it('fills in defaults from an empty environment', () => {
    const config = loadConfig({});
    expect(config.env).toBe('development');
    expect(config.logLevel).toBe('info');
    expect(config.http).toEqual({ host: '127.0.0.1', port: 8080, publicUrl: undefined, trustProxy: 'loopback' });
    expect(config.mongoUrl).toBeUndefined();
    expect(config.temporal).toEqual({ address: undefined, namespace: 'default', taskQueue: 'patchcord-calls' });
    expect(config.defaultCountry).toBe('IN');
    expect(config.limits).toEqual({
      webhookMaxBodyBytes: 256 * 1024,
      requestLogRetentionDays: 30,
      requestLogBodyBytes: 16 * 1024,
      sessionTtlHours: 12,
      mappingTimeoutMs: 250,
      webhookAuthFailureLimit: 30,
      webhookAuthFailureWindowMs: 60_000,
      ssoRateLimitPerAddress: 60,
      ssoRateLimitPerConnector: 600,
      ssoRateLimitWindowMs: 60_000,
      loginAccountMaxFailures: 10,
      loginAccountWindowMs: 15 * 60_000,
      loginAccountLockMs: 15 * 60_000,
    });
  });

  it('coerces numbers and normalises the country code', () => {
    const config = loadConfig({ HTTP_PORT: '9000', MAPPING_TIMEOUT_MS: '500', PATCHCORD_DEFAULT_COUNTRY: 'us' });
    expect(config.http.port).toBe(9000);
    expect(config.limits.mappingTimeoutMs).toBe(500);
    expect(config.defaultCountry).toBe('US');
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.limits)).toBe(true);
    // Test files are modules, so strict mode: writing a frozen property throws.
    expect(() => {
      (config as any).http.port = 1;
    }).toThrow(TypeError);
    expect(config.http.port).toBe(8080);
  });

  it('reports every bad variable in one error', () => {
    let message = '';
    try {
      loadConfig({ HTTP_PORT: 'eighty', LOG_LEVEL: 'loud', PATCHCORD_ADMIN_EMAIL: 'nobody', MAPPING_TIMEOUT_MS: '1' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/^Invalid configuration:/);
    for (const name of ['HTTP_PORT', 'LOG_LEVEL', 'PATCHCORD_ADMIN_EMAIL', 'MAPPING_TIMEOUT_MS']) expect(message).toContain(`  ${name}: `);
    expect(message.split('\n')).toHaveLength(5);
  });

  it('requires the external services and the secret key in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      'Invalid configuration:\n  MONGO_URL: required in production\n  TEMPORAL_ADDRESS: required in production\n  PATCHCORD_SECRET_KEY: required in production',
    );
    expect(() => loadConfig({ ...production, PATCHCORD_SECRET_KEY: undefined })).toThrow(
      /^Invalid configuration:\n {2}PATCHCORD_SECRET_KEY: required in production$/,
    );
    expect(loadConfig(production)).toMatchObject({
      env: 'production',
      mongoUrl: 'mongodb://db/patchcord',
      temporal: { address: 'temporal:7233' },
    });
  });
  it('reads the shutdown drain period and the worker metrics port', () => {
    expect(loadConfig({}).shutdown).toEqual({ drainMs: 10_000 });
    expect(loadConfig({}).http.metricsPort).toBeUndefined();
    expect(loadConfig({ SHUTDOWN_DRAIN_SECONDS: '2.5', METRICS_PORT: '9464' })).toMatchObject({
      shutdown: { drainMs: 2500 },
      http: { metricsPort: 9464 },
    });
    expect(() => loadConfig({ SHUTDOWN_DRAIN_SECONDS: '-1' })).toThrow(/SHUTDOWN_DRAIN_SECONDS: /);
    expect(() => loadConfig({ METRICS_PORT: 'nine' })).toThrow(/METRICS_PORT: /);
  });
});
