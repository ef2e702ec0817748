/** Unknown merge fields in request templates: which paths Patchcord fills, and the nearest name for a typo. */
import { checkTemplates } from '../../src/api/connectors/provider-checks';
import { PRESETS } from '../../src/providers';
import { isKnownMergePath, nearestMergePath, unknownMergeFieldWarnings } from '../../src/services/merge-field-names';
import { MERGE_FIELDS } from '../../src/services/merge-values';

describe('merge field names', () => {
  test('every documented merge field, lead custom field, credential, webhook URL and the token are known', () => {
    for (const f of MERGE_FIELDS.filter((x) => !x.path.includes('<'))) expect(isKnownMergePath(f.path)).toBe(true);
    for (const p of ['Lead.city', 'credentials.apiKey', 'webhooks.callLog', 'webhooks.route', 'token'])
      expect(isKnownMergePath(p)).toBe(true);
  });

  test('a typo, an unknown root and a nested custom path are unknown', () => {
    for (const p of ['CustomerNumbr', 'User.Nickname', 'Agent.name', 'Lead.a.b', 'webhooks.other']) expect(isKnownMergePath(p)).toBe(false);
  });

  test('suggests the nearest known name for a typo, and none for something unlike any', () => {
    expect(nearestMergePath('CustomerNumbr')).toBe('CustomerNumber');
    expect(nearestMergePath('agentnumber')).toBe('agentNumber');
    expect(nearestMergePath('User.TelephonyAgentID')).toBe('User.TelephonyAgentId');
    expect(nearestMergePath('somethingElseEntirely')).toBeNull();
  });

  test('warnings name the field, the path and the suggestion', () => {
    expect(unknownMergeFieldWarnings('operations.clickToCall.request.url', ['customerNumber', 'CustomerNumbr'])).toEqual([
      {
        field: 'operations.clickToCall.request.url',
        code: 'unknown_merge_field',
        token: 'CustomerNumbr',
        message: '{{CustomerNumbr}} is not a merge field Patchcord fills; did you mean {{CustomerNumber}}?',
      },
    ]);
  });

  test('checkTemplates warns per part of the request: URL, header value, body; helpers are not fields', () => {
    const { warnings, problems } = checkTemplates('p', {
      method: 'POST',
      url: 'https://x.example/call?to={{urlEncode CustomerNumbr}}&from={{agentNumber}}',
      headers: [{ name: 'X-Agent', value: '{{agentNam}}' }],
      body: { kind: 'json', template: '{"lead": {{json Lead.FirstName}}, "d": "{{date date "yyyy" timeZone}}", "x": "{{nope}}"}' },
    });
    expect(problems).toEqual([]);
    expect(warnings.map((w) => [w.field, w.token])).toEqual([
      ['p.url', 'CustomerNumbr'],
      ['p.headers.0.value', 'agentNam'],
      ['p.body.template', 'nope'],
    ]);
    expect(warnings[1]?.message).toMatch(/did you mean \{\{agentName\}\}/);
  });

  const operations = PRESETS.flatMap((p) => [
    ...Object.entries(p.api?.operations ?? {}).map(([op, config]) => [`${p.id} ${op}`, config] as const),
    ...(p.api?.variants ?? []).map((v) => [`${p.id} ${v.id}`, v.config] as const),
  ]);
  test.each(operations)('the preset operation %s names only known merge fields', (_name, config) => {
    expect(checkTemplates('op', config.request)).toMatchObject({ problems: [], warnings: [] });
  });
});
