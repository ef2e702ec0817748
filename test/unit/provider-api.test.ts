/**
 * The provider API's pure parts: every preset's requests translate, compile and render with the
 * merge values Patchcord builds; auth schemes add exactly their credentials; rules for uContact's
 * text answers; the base-URL position of a URL template.
 */
import { authorize, evaluateRules, makeOutbound, translateRequest, type MergeValues } from '../../src/outbound';
import { PRESETS } from '../../src/providers';
import { numbersOf } from '../../activities/provider';
import { deepMerge, nestDotted } from '../../src/api/connectors/provider-checks';
import { AppError } from '../../src/errors';
import { leadFieldValues, phoneForms } from '../../src/services/merge-values';

/** The shape buildMergeValues returns, filled with sample values. */
function sampleValues(): MergeValues {
  return {
    customerNumber: '9845012345',
    CustomerNumber: '+91-9845012345',
    PhoneNumberWithCountryCode: '+919845012345',
    virtualNumber: '+918040000001',
    VirtualNumber: '+918040000001',
    agentNumber: '+919900000001',
    agentNumberNational: '9900000001',
    AssociatedPhoneNumberWithoutCountryCode: '9900000001',
    agentName: 'Asha Rao',
    agentEmail: 'asha@example.com',
    agentId: 'agent1',
    leadId: '6b04aece4723c7cbe5957a3e',
    callSessionId: 'pc-1',
    dispositionValue: 'SCHEDULE',
    notes: 'n',
    comments: 'c',
    date: '2026-11-23T10:00:00.000Z',
    followUpAt: '2026-11-24T10:00:00.000Z',
    timeZone: 'Asia/Kolkata',
    number: '+919845011111',
    numbers: '+919845011111,+919845022222',
    User: {
      UserId: 'u1',
      FirstName: 'Asha',
      LastName: 'Rao',
      EmailAddress: 'asha@example.com',
      PhoneMobile: '+919900000001',
      TelephonyAgentId: 'agent1',
      TeamId: 't1',
      TeamName: 'Sales',
      GroupIds: 't1',
    },
    Lead: { ProspectID: 'l1', FirstName: 'Meera', LastName: '', EmailAddress: '', Phone: '+919845012345', Mobile: '+919845099999' },
    credentials: {
      baseUrl: 'https://provider.example/api',
      username: 'user',
      apiKey: 'key-123',
      sessionCookie: 'S=1',
      prefix: '1',
      dialplanId: '',
      queueId: '7',
      user: 'u',
      password: 'p',
      campaign: 'Out',
      context: 'from-internal',
      tech: 'SIP',
    },
    webhooks: { callLog: 'https://patchcord.example/webhooks/c/s/call-log', popup: '', callEvent: '', route: '' },
    token: 'tok-1',
  };
}

const outbound = makeOutbound();
const operations = PRESETS.flatMap((p) => [
  ...Object.entries(p.api?.operations ?? {}).map(([op, config]) => [`${p.id} ${op}`, p.api!, config] as const),
  ...(p.api?.variants ?? []).map((v) => [`${p.id} ${v.id}`, p.api!, v.config] as const),
]);

describe('preset operations', () => {
  test('the presets with provider APIs are registered', () => {
    expect(
      PRESETS.filter((p) => p.api)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['8x8-vcc', 'mobile-cloud-calling', 'ozonetel', 'ucontact']);
  });

  test.each(operations)("%s translates, compiles and renders with Patchcord's merge values", (_name, api, config) => {
    const values = sampleValues();
    const rendered = outbound.render(translateRequest(config.request), values, { authorize: (req) => authorize(req, api.auth, values) });
    expect(rendered.url.startsWith('https://provider.example/api/')).toBe(true);
    expect(rendered.url).not.toMatch(/[@{}]/);
    expect(rendered.body ?? '').not.toMatch(/\{\{|@\w/);
  });

  test('8x8 user data: digits-only caller id, the callback URL in a pair, optional ids only when set', () => {
    const p = PRESETS.find((x) => x.id === '8x8-vcc')!;
    const url = new URL(outbound.render(translateRequest(p.api!.operations.clickToCall!.request), sampleValues()).url);
    expect(url.searchParams.get('callerId')).toBe('918040000001');
    expect(url.searchParams.get('queue_id')).toBe('7');
    expect(url.searchParams.has('dialplan_id')).toBe(false);
    expect(url.searchParams.get('ctl_userdata')).toContain('[ctl_callbackUrl|https://patchcord.example/webhooks/c/s/call-log]');
    expect(url.searchParams.get('ctl_userdata')).toContain('[start|$call_answered_time$]');
  });

  test('uContact disposition: the follow-up time in the connector zone', () => {
    const p = PRESETS.find((x) => x.id === 'ucontact')!;
    const body = new URLSearchParams(outbound.render(translateRequest(p.api!.operations.disposition!.request), sampleValues()).body);
    expect(body.get('date')).toBe('2026-11-24 15:30:00');
    expect(body.get('action')).toBe('SCHEDULE');
    expect(body.get('alternative')).toBe('+919845099999');
  });
});

describe('auth schemes', () => {
  const req = { method: 'GET' as const, url: 'https://p.example/x?a=1', headers: { Accept: 'text/plain' } };
  const values = { credentials: { user: 'ann', pass: 's3cret', key: 'k&y' }, token: 'tok' };

  test('static headers, templated', () => {
    const out = authorize(req, { kind: 'headers', headers: [{ name: 'X-Api-Key', value: '{{credentials.key}}' }] }, values);
    expect(out.request.headers).toEqual({ Accept: 'text/plain', 'X-Api-Key': 'k&y' });
    expect(out.secrets).toEqual(['k&y']);
  });

  test('basic auth', () => {
    const out = authorize(req, { kind: 'basic', username: '{{credentials.user}}', password: '{{credentials.pass}}' }, values);
    expect(out.request.headers.Authorization).toBe(`Basic ${Buffer.from('ann:s3cret').toString('base64')}`);
  });

  test('a query key is encoded and replaces one already there', () => {
    const out = authorize(
      { ...req, url: 'https://p.example/x?a=1&api_key=old' },
      { kind: 'query', name: 'api_key', value: '{{credentials.key}}' },
      values,
    );
    expect(new URL(out.request.url).searchParams.getAll('api_key')).toEqual(['k&y']);
    expect(new URL(out.request.url).searchParams.get('a')).toBe('1');
  });

  test('a token session header', () => {
    const scheme = {
      kind: 'token' as const,
      login: { method: 'POST' as const, url: 'https://p.example/login' },
      tokenKey: 'token',
      ttlSeconds: 60,
      header: { name: 'Authorization', value: 'Bearer {{token}}' },
    };
    expect(authorize(req, scheme, values).request.headers.Authorization).toBe('Bearer tok');
  });

  test('secrets added by a scheme are redacted in the rendered copy', () => {
    const rendered = outbound.render({ method: 'GET', url: 'https://p.example/x' }, values, {
      authorize: (r) => authorize(r, { kind: 'query', name: 'api_key', value: '{{credentials.pass}}' }, values),
    });
    expect(rendered.url).not.toContain('s3cret');
  });
});

describe('rules for text answers', () => {
  const ucontact = PRESETS.find((x) => x.id === 'ucontact')!.api!.operations.clickToCall!.rules;

  test('uContact: a GUID is the call id, even one with zeros', () => {
    expect(evaluateRules('0a1b-2000-c3\n', ucontact)).toMatchObject({ outcome: 'unknown', data: { callId: '0a1b-2000-c3' } });
  });

  test("uContact: exactly 0 is an error with the preset's message", () => {
    const v = evaluateRules(' 0 ', ucontact);
    expect(v.outcome).toBe('error');
    expect(v.message).toMatch(/answered 0/);
  });
});

describe('the base URL at the start of a URL template', () => {
  const t = { method: 'GET' as const, url: '{{credentials.baseUrl}}/dial?n={{n}}' };
  const render = (baseUrl: string) => outbound.render(t, { credentials: { baseUrl }, n: 'a/b' }).url;

  test('sets scheme, host and path; later values are still encoded', () => {
    expect(render('https://api.example/v1/')).toBe('https://api.example/v1/dial?n=a%2Fb');
  });

  test.each(['javascript:alert(1)', 'https://api.example/?x=1', 'https://u:p@api.example', 'api.example'])('refuses %s', (bad) => {
    expect(() => render(bad)).toThrow(/base URL/);
  });
});

describe('helpers', () => {
  test('DID lists as arrays, objects or text', () => {
    expect(numbersOf(['8040000001', 8040000002])).toEqual(['8040000001', '8040000002']);
    expect(numbersOf([{ number: '1' }, { did: '2' }])).toEqual(['1', '2']);
    expect(numbersOf('1, 2;3 4')).toEqual(['1', '2', '3', '4']);
    expect(numbersOf(null)).toEqual([]);
  });

  test('phone forms', () => {
    expect(phoneForms('09845012345', 'IN')).toEqual({ e164: '+919845012345', national: '9845012345', dashed: '+91-9845012345' });
    expect(phoneForms('', 'IN')).toEqual({ e164: '', national: '', dashed: '' });
  });

  test('dotted sample values nest', () => {
    expect(nestDotted({ 'User.TelephonyAgentId': 'a1', 'User.TeamId': 't', x: 1 })).toEqual({
      User: { TelephonyAgentId: 'a1', TeamId: 't' },
      x: 1,
    });
  });

  describe('prototype keys in sample values', () => {
    const polluted = (): Record<string, unknown> => ({});
    afterEach(() => {
      delete (Object.prototype as Record<string, unknown>).x;
    });

    function refusal(run: () => unknown): AppError {
      try {
        run();
      } catch (err) {
        if (err instanceof AppError) return err;
        throw err;
      }
      throw new Error('expected a refusal');
    }

    test.each(['__proto__.x', 'User.__proto__.x', 'constructor.prototype.x', 'User.constructor', '__proto__', 'a.prototype.x'])(
      'nestDotted refuses %s, naming the field',
      (key) => {
        const err = refusal(() => nestDotted({ [key]: 'polluted' }));
        expect(err.code).toBe('VALIDATION_FAILED');
        expect(err.details).toEqual([expect.objectContaining({ field: `body.values.${key}`, code: 'forbidden_key' })]);
        expect(polluted().x).toBeUndefined();
      },
    );

    test('deepMerge refuses a prototype key at any depth, and never writes through one', () => {
      const overlay = JSON.parse('{"User":{"__proto__":{"x":"polluted"}}}') as Record<string, unknown>;
      const err = refusal(() => deepMerge({ User: { TeamId: 't' } }, overlay));
      expect(err.details).toEqual([expect.objectContaining({ field: 'body.values.User.__proto__', code: 'forbidden_key' })]);
      expect(refusal(() => deepMerge({}, JSON.parse('{"constructor":{"prototype":{"x":1}}}') as Record<string, unknown>)).code).toBe(
        'VALIDATION_FAILED',
      );
      expect(polluted().x).toBeUndefined();
      expect(deepMerge({ User: { TeamId: 't' } }, { User: { FirstName: 'A' } })).toEqual({ User: { TeamId: 't', FirstName: 'A' } });
    });

    test("a lead's custom fields named like prototype keys are not merge values", () => {
      const fields = JSON.parse('{"__proto__":"p","constructor":"c","prototype":"q","Source":"web","nested":{"a":1}}') as Record<
        string,
        unknown
      >;
      expect(leadFieldValues(fields)).toEqual({ Source: 'web' });
    });
  });
});
