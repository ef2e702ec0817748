/**
 * The route webhook in providers' own dialects, through the real path: From/To as a form POST, a
 * GET or a JSON POST → the connector's route mapping → the database → an answer rendered from the
 * connector's template (an XML document that dials, a JSON action list, a JSON object of numbers);
 * the admin API that saves templates (refusing bad ones) and previews a request with the same code.
 */
import crypto from 'node:crypto';
import { createConnector, startHarness, waitFor, type Harness } from '../helpers/harness';

let h: Harness;
const agents: Record<string, string> = {};
let leadId: string;
const LEAD_PHONE = '+919622000001';
const OWNER_PHONE = '+919800000101';
const FALLBACK_PHONE = '+919800000102';
const STRANGER = '+919622999999';

// ---- A small strict XML reader, so answers are checked as an XML parser would see them ----

interface El {
  name: string;
  attrs: Record<string, string>;
  children: (El | string)[];
}
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function parseXml(src: string): El {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`XML: ${what} at ${i}: ${JSON.stringify(src.slice(i, i + 40))}`);
  };
  const decode = (text: string): string => {
    if (text.includes('<') || /&(?!(?:lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(text)) fail('raw markup character');
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (_, e: string) =>
      e.startsWith('#x')
        ? String.fromCodePoint(parseInt(e.slice(2), 16))
        : e.startsWith('#')
          ? String.fromCodePoint(Number(e.slice(1)))
          : ENTITIES[e]!,
    );
  };
  const space = () => {
    while (/\s/.test(src[i] ?? '')) i++;
  };
  const name = (): string => {
    const m = /^[A-Za-z_][\w.:-]*/.exec(src.slice(i)) ?? fail('a name');
    i += m[0].length;
    return m[0];
  };
  function element(): El {
    if (src[i] !== '<') fail('"<"');
    i++;
    const el: El = { name: name(), attrs: {}, children: [] };
    for (;;) {
      space();
      if (src.startsWith('/>', i)) return ((i += 2), el);
      if (src[i] === '>') break;
      const attr = name();
      space();
      if (src[i++] !== '=') fail('"="');
      space();
      const quote = src[i];
      if (quote !== '"' && quote !== "'") fail('a quote');
      const end = src.indexOf(quote!, i + 1);
      if (end < 0) fail('a closing quote');
      if (attr in el.attrs) fail(`a second ${attr}`);
      el.attrs[attr] = decode(src.slice(i + 1, end));
      i = end + 1;
    }
    i++;
    for (;;) {
      const lt = src.indexOf('<', i);
      if (lt < 0) fail(`</${el.name}>`);
      if (lt > i) el.children.push(decode(src.slice(i, lt)));
      i = lt;
      if (src.startsWith('</', i)) {
        i += 2;
        if (name() !== el.name) fail(`</${el.name}>`);
        space();
        if (src[i++] !== '>') fail('">"');
        return el;
      }
      el.children.push(element());
    }
  }
  space();
  if (src.startsWith('<?xml', i)) i = src.indexOf('?>', i) + 2;
  space();
  const root = element();
  space();
  if (i !== src.length) fail('the end of the document');
  return root;
}

const all = (el: El, name: string): El[] =>
  el.children.flatMap((c) => (typeof c === 'string' ? [] : [...(c.name === name ? [c] : []), ...all(c, name)]));
const textOf = (el: El): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

// ---- Dialects ----

/** TwiML / Plivo / Exotel style: dial the agent, or say so and hang up. */
const XML_DIAL = {
  contentType: 'application/xml',
  body: [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<Response>',
    '  <Say>Connecting caller {{callerNumber}}</Say>',
    '  <Dial callerId="{{virtualNumber}}" action="/after?from={{callerNumber}}&amp;reason={{reason}}">',
    '    <Number>{{agentPhone}}</Number>',
    '  </Dial>',
    '</Response>',
  ].join('\n'),
  noAgent: {
    status: 200,
    contentType: null,
    body: '<Response><Say>Nobody can take your call, {{callerNumber}}.</Say><Hangup/></Response>',
  },
};

/** Vonage NCCO style: a JSON list of actions; numbers as digits without "+". */
const NCCO = {
  contentType: 'application/json',
  body: '[{"action":"talk","text":"Please hold, {{agentName}} will answer"},{"action":"connect","from":"{{phone virtualNumber "digits"}}","endpoint":[{"type":"phone","number":"{{agentPhoneDigits}}"}]}]',
  noAgent: { status: 200, contentType: null, body: '[{"action":"talk","text":"Sorry, nobody is available"}]' },
};

/** A JSON object with the numbers to try (Exotel "dial whom" style). */
const NUMBERS = {
  contentType: 'application/json; charset=utf-8',
  body: '{"fetch_after_attempt":false,"destination":{"numbers":[{{agentPhone}}]},"outgoing_phone_number":{{virtualNumber}},"meta":{"lead":"{{leadId}}"} }',
  noAgent: null,
};

async function connectorWith(answer: unknown, routing: Record<string, unknown> = {}) {
  const c = await createConnector(h);
  if (Object.keys(routing).length) expect((await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, { routing })).status).toBe(200);
  const put = await h.admin('PUT', `/api/admin/connectors/${c.id}/route-answer`, { answer });
  expect(put.status).toBe(200);
  return { id: c.id, url: c.callLogUrl.replace(/\/call-log$/, '/route') };
}

async function call(url: string, init: { method?: string; form?: Record<string, string>; json?: unknown; query?: Record<string, string> }) {
  const query = init.query ? `?${new URLSearchParams(init.query).toString()}` : '';
  const res = await fetch(`${url}${query}`, {
    method: init.method ?? (init.form || init.json ? 'POST' : 'GET'),
    ...(init.form
      ? { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(init.form).toString() }
      : {}),
    ...(init.json ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.json) } : {}),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    text: await res.text(),
    reason: res.headers.get('x-route-reason'),
    cause: res.headers.get('x-route-fallback-cause'),
  };
}

beforeAll(async () => {
  h = await startHarness('route-dialects');
  for (const [key, phone] of [
    ['Owner', OWNER_PHONE],
    ['Fallback', FALLBACK_PHONE],
    ['NoPhone', null],
  ] as const) {
    const res = await h.admin('POST', '/api/admin/users', {
      email: `${key.toLowerCase()}@dialects.test`,
      name: `Agent ${key}`,
      role: 'agent',
      password: 'agent-password',
      phones: phone ? [phone] : [],
    });
    expect(res.status).toBe(201);
    agents[key] = res.body.id;
  }
  const lead = await h.admin('POST', '/api/admin/leads', { firstName: 'Dialled', phone: LEAD_PHONE, ownerId: agents.Owner });
  expect(lead.status).toBe(201);
  leadId = lead.body.id;
  expect(
    (await h.admin('POST', '/api/admin/leads', { firstName: 'Phoneless', phone: '+919622000002', ownerId: agents.NoPhone })).status,
  ).toBe(201);
});

afterAll(async () => {
  await h?.stop();
});

describe('an XML document that dials', () => {
  test("From/To as a form POST: the lead owner's number is dialled", async () => {
    const c = await connectorWith(XML_DIAL);
    const res = await call(c.url, {
      form: { From: LEAD_PHONE, To: '+918045000001', CallSid: `CA${crypto.randomBytes(8).toString('hex')}` },
    });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/xml/);
    expect(res.reason).toBe('lead-owner');
    const doc = parseXml(res.text);
    expect(doc.name).toBe('Response');
    expect(all(doc, 'Number').map(textOf)).toEqual([OWNER_PHONE]);
    expect(all(doc, 'Dial')[0]!.attrs).toEqual({ callerId: '+918045000001', action: `/after?from=${LEAD_PHONE}&reason=lead-owner` });
  });

  test('the same request as a GET (query string) gets the same document', async () => {
    const c = await connectorWith(XML_DIAL);
    const form = { From: LEAD_PHONE, To: '+918045000001' };
    const get = await call(c.url, { query: form });
    expect(get.status).toBe(200);
    expect(all(parseXml(get.text), 'Number').map(textOf)).toEqual([OWNER_PHONE]);
    expect(get.text).toBe((await call(c.url, { form })).text);
  });

  test('caller and dialled values with <, &, quotes and markup cannot change the document', async () => {
    const c = await connectorWith(XML_DIAL, { fallback: 'agent', fallbackAgentId: agents.Fallback });
    const hostile = '</Say><Number>+15550000000</Number><Say a="1" & \'x\'';
    const to = '"/><Hangup/><Dial x="&amp;';
    for (const req of [{ form: { From: hostile, To: to } }, { query: { From: hostile, To: to } }]) {
      const res = await call(c.url, req);
      expect(res.status).toBe(200);
      const doc = parseXml(res.text);
      // A caller who is not a phone number is a stranger: the fallback agent is dialled, and only them.
      expect(all(doc, 'Number').map(textOf)).toEqual([FALLBACK_PHONE]);
      expect(all(doc, 'Hangup')).toEqual([]);
      expect(all(doc, 'Say').map(textOf)).toEqual([`Connecting caller ${hostile}`]);
      expect(all(doc, 'Dial')[0]!.attrs).toEqual({ callerId: to, action: `/after?from=${hostile}&reason=fallback-agent` });
    }
  });

  test('nobody to take the call: the no-agent answer, still well-formed with a hostile caller', async () => {
    const c = await connectorWith(XML_DIAL);
    const res = await call(c.url, { form: { From: STRANGER } });
    expect([res.status, res.reason, res.cause]).toEqual([200, 'no-match', 'no-lead']);
    const doc = parseXml(res.text);
    expect(all(doc, 'Dial')).toEqual([]);
    expect(all(doc, 'Hangup')).toHaveLength(1);
    expect(textOf(all(doc, 'Say')[0]!)).toBe(`Nobody can take your call, ${STRANGER}.`);
    const hostile = await call(c.url, { form: { From: 'anonymous</Say><Dial>1</Dial>&' } });
    expect(all(parseXml(hostile.text), 'Dial')).toEqual([]);
  });

  test('a template that dials passes over an owner without a phone number, to the fallback', async () => {
    const c = await connectorWith(XML_DIAL, { fallback: 'agent', fallbackAgentId: agents.Fallback });
    const res = await call(c.url, { form: { From: '+919622000002' } });
    expect([res.reason, res.cause]).toEqual(['fallback-agent', 'owner-ineligible']);
    expect(all(parseXml(res.text), 'Number').map(textOf)).toEqual([FALLBACK_PHONE]);
  });

  test('a status other than 200 and its own content type for the no-agent answer', async () => {
    const c = await connectorWith({
      ...XML_DIAL,
      noAgent: { status: 404, contentType: 'text/plain', body: 'no agent for {{callerNumber}}' },
    });
    const res = await call(c.url, { form: { From: STRANGER } });
    expect([res.status, res.text, res.reason]).toEqual([404, `no agent for ${STRANGER}`, 'no-match']);
    expect(res.type).toMatch(/^text\/plain/);
  });
});

describe('JSON dialects', () => {
  test('a Vonage-style action list with a connect action, from a JSON POST', async () => {
    const c = await connectorWith(NCCO);
    const res = await call(c.url, {
      json: { from: LEAD_PHONE.slice(1), to: '918045000001', uuid: crypto.randomUUID(), conversation_uuid: 'CON-1' },
    });
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^application\/json/);
    const actions = JSON.parse(res.text) as {
      action: string;
      endpoint?: { type: string; number: string }[];
      from?: string;
      text?: string;
    }[];
    expect(actions.map((a) => a.action)).toEqual(['talk', 'connect']);
    expect(actions[0]!.text).toBe('Please hold, Agent Owner will answer');
    expect(actions[1]).toEqual({ action: 'connect', from: '918045000001', endpoint: [{ type: 'phone', number: OWNER_PHONE.slice(1) }] });
    const none = await call(c.url, { json: { from: STRANGER.slice(1), to: '918045000001' } });
    expect(JSON.parse(none.text)).toEqual([{ action: 'talk', text: 'Sorry, nobody is available' }]);
  });

  test('a JSON object listing the numbers to dial, from a GET with CallFrom/CallTo', async () => {
    const c = await connectorWith(NUMBERS, { fallback: 'queue', fallbackQueue: 'sales' });
    const res = await call(c.url, { query: { CallSid: 'exo-1', CallFrom: `0${LEAD_PHONE.slice(3)}`, CallTo: '08045000001' } });
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.text)).toEqual({
      fetch_after_attempt: false,
      destination: { numbers: [OWNER_PHONE] },
      outgoing_phone_number: '+918045000001',
      meta: { lead: leadId },
    });
    // Without a noAgent answer the template renders with the agent fields null (here: the queue fallback).
    const queued = JSON.parse((await call(c.url, { query: { CallFrom: STRANGER } })).text);
    expect(queued).toEqual({
      fetch_after_attempt: false,
      destination: { numbers: [null] },
      outgoing_phone_number: null,
      meta: { lead: '' },
    });
  });
});

describe('recording and defaults', () => {
  test("a form POST with a session id records the decision on the call's workflow", async () => {
    const c = await connectorWith(XML_DIAL);
    const sid = `CA${crypto.randomBytes(6).toString('hex')}`;
    expect((await call(c.url, { form: { From: LEAD_PHONE, To: '+918045000001', CallSid: sid } })).reason).toBe('lead-owner');
    const handle = h.api.temporal.workflow.getHandle(`call:${c.id}:s:${sid}`);
    const route = await waitFor(
      async () => (await handle.query<any>('callState').catch(() => null))?.route,
      20_000,
      'route on the workflow',
    );
    expect(route).toMatchObject({
      callerNumber: LEAD_PHONE,
      virtualNumber: '+918045000001',
      agentUserId: agents.Owner,
      reason: 'lead-owner',
    });
  });

  test('a lifecycle PUT keeps the template; clearing it returns to the format, json by default', async () => {
    const c = await connectorWith(XML_DIAL);
    expect(
      (await h.admin('PUT', `/api/admin/connectors/${c.id}/lifecycle`, { routing: { fallback: 'queue', fallbackQueue: 'q1' } })).status,
    ).toBe(200);
    const view = await h.admin('GET', `/api/admin/connectors/${c.id}/route-answer`);
    expect(view.body).toMatchObject({
      answer: { contentType: 'application/xml', body: XML_DIAL.body },
      source: 'connector',
      format: 'json',
      presetAnswer: null,
    });
    expect(view.body.fields.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining([
        'agentPhone',
        'agentPhoneDigits',
        'agentId',
        'agentEmail',
        'agentName',
        'queue',
        'leadId',
        'opportunityId',
        'reason',
        'callerNumber',
        'virtualNumber',
        'sessionId',
      ]),
    );
    const cleared = await h.admin('PUT', `/api/admin/connectors/${c.id}/route-answer`, { answer: null });
    expect(cleared.body).toMatchObject({ answer: null, source: 'format' });
    const res = await call(c.url, { form: { From: STRANGER } });
    expect(res.type).toMatch(/^application\/json/);
    expect(JSON.parse(res.text)).toMatchObject({ Status: 'Success', Queue: 'q1', Reason: 'fallback-queue' });
  });
});

describe('admin: templates are checked on save', () => {
  test.each([
    ['an unknown field', { ...XML_DIAL, body: '<Response><Dial>{{agentPhon}}</Dial></Response>' }, 'body.answer.body', /agentPhon/],
    ['a syntax error', { ...XML_DIAL, body: '<Response><Dial>{{agentPhone</Dial></Response>' }, 'body.answer.body', /./],
    ['a block other than if/unless', { ...XML_DIAL, body: '<Response>{{#each queue}}x{{/each}}</Response>' }, 'body.answer.body', /#if/],
    ['XML that is not well-formed', { ...XML_DIAL, body: '<Response><Dial>{{agentPhone}}</Response>' }, 'body.answer.body', /well-formed/],
    ['JSON that does not parse', { ...NCCO, body: '[{"action":"connect","number":{{agentPhone}}' }, 'body.answer.body', /parse/],
    ['a content type no answer is written in', { ...XML_DIAL, contentType: 'text/html' }, 'body.answer.contentType', /content type/],
    [
      'a bad no-agent answer',
      { ...XML_DIAL, noAgent: { status: 200, contentType: null, body: '<Response><Say>{{nobody}}</Say></Response>' } },
      'body.answer.noAgent.body',
      /nobody/,
    ],
    ['a no-agent status out of range', { ...XML_DIAL, noAgent: { status: 99, body: '' } }, 'body.answer.noAgent.status', /./],
  ])('%s is a 400 naming the field, and nothing changes', async (_label, answer, field, message) => {
    const c = await connectorWith(NCCO);
    const res = await h.admin('PUT', `/api/admin/connectors/${c.id}/route-answer`, { answer });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const detail = res.body.details.find((d: { field: string }) => d.field === field);
    expect(detail?.message).toMatch(message);
    expect((await h.admin('GET', `/api/admin/connectors/${c.id}/route-answer`)).body.answer.body).toBe(NCCO.body);
  });

  test('an unknown connector is a 404', async () => {
    expect((await h.admin('GET', `/api/admin/connectors/${'0'.repeat(24)}/route-answer`)).status).toBe(404);
    expect((await h.admin('PUT', `/api/admin/connectors/${'0'.repeat(24)}/route-answer`, { answer: null })).status).toBe(404);
  });
});

describe('admin: preview', () => {
  test('the preview answers with the same body as the webhook, and shows each step', async () => {
    const c = await connectorWith(XML_DIAL);
    const form = { From: LEAD_PHONE, To: '+918045000001', CallSid: 'preview-1' };
    const body = new URLSearchParams(form).toString();
    const preview = await h.admin('POST', `/api/admin/connectors/${c.id}/route-answer/preview`, {
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body,
      query: '',
    });
    expect(preview.status).toBe(200);
    const webhook = await call(c.url, { form });
    expect(preview.body.answer).toMatchObject({
      status: webhook.status,
      contentType: 'application/xml',
      body: webhook.text,
      headers: { 'X-Route-Reason': 'lead-owner' },
    });
    expect(preview.body.decoded).toEqual(form);
    expect(preview.body.input).toEqual({
      callerNumber: LEAD_PHONE,
      callerRaw: LEAD_PHONE,
      virtualNumber: '+918045000001',
      sessionId: 'preview-1',
    });
    expect(preview.body.decision).toMatchObject({
      agent: { userId: agents.Owner, phone: OWNER_PHONE, name: 'Agent Owner' },
      reason: 'lead-owner',
    });
    expect(preview.body).toMatchObject({ source: 'connector', error: null });

    // A GET with a query string, the same as the webhook's.
    const getPreview = await h.admin('POST', `/api/admin/connectors/${c.id}/route-answer/preview`, { method: 'GET', query: body });
    expect(getPreview.body.answer.body).toBe((await call(c.url, { query: form })).text);
  });

  test('an unsaved template previews without being saved; an invalid one is a 400 naming the field', async () => {
    const c = await connectorWith(XML_DIAL);
    const preview = await h.admin('POST', `/api/admin/connectors/${c.id}/route-answer/preview`, {
      method: 'GET',
      query: `from=${LEAD_PHONE.slice(1)}`,
      answer: NCCO,
    });
    expect(JSON.parse(preview.body.answer.body)[1].endpoint[0].number).toBe(OWNER_PHONE.slice(1));
    expect((await h.admin('GET', `/api/admin/connectors/${c.id}/route-answer`)).body.answer.body).toBe(XML_DIAL.body);
    const bad = await h.admin('POST', `/api/admin/connectors/${c.id}/route-answer/preview`, {
      query: 'From=1',
      answer: { ...NCCO, body: '{{nope}}' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('body.answer.body');
  });

  test('a request without a caller previews as the webhook answers it: the 400 naming the field', async () => {
    const c = await connectorWith(XML_DIAL);
    const preview = await h.admin('POST', `/api/admin/connectors/${c.id}/route-answer/preview`, {
      method: 'GET',
      query: 'To=%2B918045000001',
    });
    const webhook = await call(c.url, { query: { To: '+918045000001' } });
    expect(webhook.status).toBe(400);
    expect(preview.body.answer).toMatchObject({ status: 400, body: webhook.text });
    expect(preview.body.error).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ field: 'callerNumber', code: 'missing' }] });
    expect(preview.body.mapped.problems).toEqual([expect.objectContaining({ field: 'callerNumber', code: 'missing' })]);
  });
});
