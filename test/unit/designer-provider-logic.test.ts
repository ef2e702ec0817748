/**
 * The Provider API tab's pure logic (no browser): the sample fields read from template text, checked
 * against the server's own template engine on every preset's templates; operation drafts and rule
 * rows; which credentials a save sends; where the server's error details are shown; the DID sync's
 * first-run conversion.
 */
import { compileCheck, translateMailMerge, translateRequest } from '../../src/outbound';
import { PRESETS } from '../../src/providers';
import {
  credentialChanges,
  draftDiffers,
  fromDraft,
  isoToLocalInput,
  localInputToIso,
  placeErrors,
  rowToRule,
  ruleToRow,
  toDraft,
} from '../../designer/src/provider/drafts';
import { missingFields, sampleFields, serverFilled, templateFields } from '../../designer/src/provider/template-fields';
import type { CredentialField, OperationConfig, ResponseRule } from '../../designer/src/api/types';

test('template fields: paths in order, helpers, literals, hash values, blocks and server-filled paths left out', () => {
  expect(
    templateFields('{{credentials.baseUrl}}/dial?to={{CustomerNumber}}&agent={{User.TelephonyAgentId}}&to2={{CustomerNumber}}'),
  ).toEqual(['CustomerNumber', 'User.TelephonyAgentId']);
  expect(
    templateFields(
      '{"n": {{json number}}, "at": "{{date followUpAt "yyyy-MM-dd HH:mm" timeZone}}", "p": "{{phone (urlEncode x) "digits"}}"}',
    ),
  ).toEqual(['number', 'followUpAt', 'timeZone', 'x']);
  expect(templateFields('{{#if Lead.Mobile}}{{Lead.Mobile}}{{else}}none{{/if}}{{#unless done}}-{{/unless}}{{~ spaced ~}}')).toEqual([
    'Lead.Mobile',
    'done',
    'spaced',
  ]);
  expect(templateFields('{{! a comment {{x}} }}{{json true}}{{json 42}}{{date at format=fmt}}')).toEqual(['at', 'fmt']);
  expect(templateFields('Authorization: {{token}} {{webhooks.callLog}} {{tokenish}}')).toEqual(['tokenish']);
  // A helper's name is a field where it is not called: `{{date}}` alone is the merge value `date`.
  expect(templateFields('[placedAt|{{date}}]{{json phone}}{{else}}{{#if a}}{{else if b}}{{/if}}')).toEqual(['date', 'phone', 'a', 'b']);
  expect(
    serverFilled('credentials.apiKey') && serverFilled('webhooks.popup') && serverFilled('token') && !serverFilled('credentialsX'),
  ).toBe(true);
});

test("template fields: the seeds' @mail-merge syntax, as the server translates it; e-mail addresses are not fields", () => {
  const raw =
    '{{credentials.baseUrl}}/x?agentID=@{User:TelephonyAgentId,}&c=@CustomerNumber&n=@{Lead:FirstName,Sir}&mail=ops@example.com&v=@VirtualNumber';
  expect(templateFields(raw)).toEqual(['User.TelephonyAgentId', 'Lead.FirstName', 'CustomerNumber', 'VirtualNumber']);
  expect(new Set(templateFields(raw))).toEqual(new Set(templateFields(translateMailMerge(raw))));
});

test("sample fields match what the server's engine collects, for every preset's templates", () => {
  const ctx = { url: 'url', json: 'json', form: 'form', text: 'text' } as const;
  let checked = 0;
  for (const preset of PRESETS) {
    const api = preset.api;
    if (!api) continue;
    const requests = [...Object.values(api.operations), ...(api.variants ?? []).map((v) => v.config)].map((c) => c.request);
    for (const raw of requests) {
      const request = translateRequest(raw);
      const engine = new Set<string>();
      compileCheck(request.url, ctx.url).paths.forEach((p) => engine.add(p));
      (request.headers ?? []).forEach((h) => compileCheck(h.value, 'header').paths.forEach((p) => engine.add(p)));
      if (request.body) compileCheck(request.body.template, ctx[request.body.kind]).paths.forEach((p) => engine.add(p));
      const expected = [...engine].filter((p) => !serverFilled(p)).sort();
      expect({ preset: preset.id, url: raw.url, fields: [...sampleFields(request)].sort() }).toEqual({
        preset: preset.id,
        url: raw.url,
        fields: expected,
      });
      // The untranslated seed syntax gives the same fields.
      expect(new Set(sampleFields(raw))).toEqual(new Set(sampleFields(request)));
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(10);
});

test('missing fields are read from the server message', () => {
  expect(missingFields('Missing merge field(s): CustomerNumber, User.TelephonyAgentId')).toEqual([
    'CustomerNumber',
    'User.TelephonyAgentId',
  ]);
  expect(missingFields('Missing merge field(s): a; something else')).toEqual(['a']);
  expect(missingFields('The base URL "" is not an absolute URL.')).toEqual([]);
});

test('rules round-trip through rows; blank optional parts are left out', () => {
  const rules: ResponseRule[] = [
    { keyword: 'queued successfully', outcome: 'success' },
    { keyword: '0', exact: true, outcome: 'error', message: 'not placed' },
    { key: 'status', value: 'error', outcome: 'error' },
    { key: 'result', outcome: 'success', message: 'ok' },
    { key: 'ucid', outcome: 'data', as: 'callId' },
    { key: '$body', outcome: 'data' },
  ];
  expect(rules.map(ruleToRow).map(rowToRule)).toEqual(rules);
  expect(rowToRule({ type: 'key', text: 'status', value: '', outcome: 'success', exact: true, message: '' })).toEqual({
    key: 'status',
    outcome: 'success',
  });
  expect(rowToRule({ type: 'data', text: 'x', value: '', outcome: 'error', exact: false, message: 'ignored' })).toEqual({
    key: 'x',
    outcome: 'data',
  });
});

test('operation drafts round-trip and know when they differ from what is saved', () => {
  const config: OperationConfig = {
    enabled: true,
    request: {
      method: 'POST',
      url: '{{credentials.baseUrl}}/x',
      headers: [{ name: 'X-A', value: '{{a}}' }],
      body: { kind: 'form', template: 'b={{b}}' },
    },
    rules: [{ key: 'result', value: 'OK', outcome: 'success' }],
  };
  const draft = toDraft(config);
  expect(fromDraft(draft)).toEqual(config);
  expect(draftDiffers(draft, config)).toBe(false);
  expect(draftDiffers({ ...draft, bodyKind: '' }, config)).toBe(true);
  expect(fromDraft({ ...draft, bodyKind: '', headers: [] }).request).toEqual({ method: 'POST', url: '{{credentials.baseUrl}}/x' });
  expect(draftDiffers(draft, undefined)).toBe(true);
});

test('credential changes: typed secrets, cleared secrets as null, changed plain values; nothing else', () => {
  const fields: CredentialField[] = [
    { key: 'baseUrl', label: 'Base', type: 'text', required: true, set: false, value: 'https://api.example.com' },
    { key: 'username', label: 'User', type: 'text', required: true, set: true, value: 'u1' },
    { key: 'apiKey', label: 'Key', type: 'text', required: true, secret: true, set: true },
    { key: 'other', label: 'Other', type: 'text', required: false, secret: true, set: true },
  ];
  expect(credentialChanges(fields, { baseUrl: 'https://api.example.com', username: 'u1', apiKey: '', other: '' }, [])).toEqual({});
  expect(credentialChanges(fields, { baseUrl: 'http://127.0.0.1:9/oz', username: 'u1', apiKey: 'k', other: '' }, ['other'])).toEqual({
    baseUrl: 'http://127.0.0.1:9/oz',
    apiKey: 'k',
    other: null,
  });
  expect(credentialChanges(fields, { username: '' }, [])).toEqual({ baseUrl: '', username: '' });
});

test('server error details land beside the field they name; a mail-merge error beside each part with the unknown field', () => {
  const draft = toDraft({
    enabled: true,
    request: {
      method: 'GET',
      url: 'http://x.test/?a=@nope',
      headers: [
        { name: 'X', value: '{{a}}' },
        { name: '', value: '@nope too' },
      ],
      body: { kind: 'text', template: '{{#each x}}{{/each}}' },
    },
    rules: [{ key: 'k', outcome: 'success' }],
  });
  const placed = placeErrors(
    [
      { field: 'body.operations.clickToCall.request', code: 'mail_merge', message: 'Unknown mail-merge field(s): @nope' },
      {
        field: 'body.operations.clickToCall.request.body.template',
        code: 'template',
        message: 'Only {{#if}} and {{#unless}} blocks are allowed',
      },
      { field: 'body.operations.clickToCall.request.headers.1.name', code: 'too_small', message: 'Too small' },
      { field: 'body.operations.clickToCall.rules.0', code: 'invalid_union', message: 'Invalid input' },
      { field: 'body.operations.clickToCall.request.mystery', code: 'x', message: 'odd' },
      { field: 'body.credentials', code: 'x', message: 'elsewhere' },
    ],
    'body.operations.clickToCall',
    draft,
  );
  expect(placed.fields).toEqual({
    'request.url': ['Unknown mail-merge field(s): @nope'],
    'request.headers.1': ['Unknown mail-merge field(s): @nope', 'Too small'],
    'request.body.template': ['Only {{#if}} and {{#unless}} blocks are allowed'],
    'rules.0': ['Invalid input'],
  });
  expect(placed.general).toEqual(['request.mystery: odd', 'elsewhere']);
  const test = placeErrors([{ field: 'body.config.request.url', code: 'template', message: 'Parse error' }], 'body.config', draft);
  expect(test.fields).toEqual({ 'request.url': ['Parse error'] });
});

test('the first DID sync run: datetime-local in the browser zone to an ISO instant and back', () => {
  expect(localInputToIso('')).toBeNull();
  expect(localInputToIso('not a date')).toBeNull();
  expect(isoToLocalInput(null)).toBe('');
  const iso = localInputToIso('2024-03-05T02:00');
  expect(iso).toBe(new Date(2024, 2, 5, 2, 0).toISOString());
  expect(isoToLocalInput(iso)).toBe('2024-03-05T02:00');
});
