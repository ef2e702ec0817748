import { escapeXml, renderString } from '../../src/outbound/template';
import { answerNeeds, checkAnswer, contextOf, renderAnswer, xmlProblem, type RouteAnswer } from '../../src/services/call-routing-answer';
import type { RoutingView } from '../../src/services/connectors';
import type { RouteDecision } from '../../src/services/call-routing';

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITY[e]!);
const HOSTILE = ['</Number><Number>+15550000000', 'a & b', '"/><Hangup/><x a="', "it's", ']]>', '&amp;', '<![CDATA[x]]>', '<!-- c -->'];

describe('XML escaping', () => {
  test.each(HOSTILE)('%j becomes character data that reads back as itself', (v) => {
    const out = escapeXml(v);
    expect(out).not.toMatch(/[<>"']/);
    expect(out).not.toMatch(/&(?!(lt|gt|amp|quot|apos);)/);
    expect(unescapeXml(out)).toBe(v);
  });

  test('characters XML 1.0 does not allow are dropped; tab, newline and astral characters stay', () => {
    expect(escapeXml('a\u0000b\u0001c\u000bd\ufffe\uffff\ud800e')).toBe('abcde');
    expect(escapeXml('a\tb\nc\r😀')).toBe('a\tb\nc\r😀');
  });

  test('null and undefined are empty, numbers are text', () => {
    expect([escapeXml(null), escapeXml(undefined), escapeXml(42)]).toEqual(['', '', '42']);
  });

  test.each(HOSTILE)('in a template, %j can change neither elements nor attributes', (v) => {
    const doc = renderString('<Response><Dial callerId="{{v}}" note=\'{{v}}\'><Number>{{v}}</Number></Dial></Response>', 'xml', { v });
    expect(xmlProblem(doc)).toBeNull();
    expect(doc.match(/<[A-Za-z]/g)).toHaveLength(3);
    const number = /<Number>([^<]*)<\/Number>/.exec(doc)?.[1];
    expect(unescapeXml(number!)).toBe(v);
    expect(unescapeXml(/callerId="([^"]*)"/.exec(doc)![1]!)).toBe(v);
  });

  test('brackets and bars are plain text in XML (no 8x8 user-data rewriting)', () => {
    expect(renderString('<a>[x|{{v}}]</a>', 'xml', { v: 'p|q]' })).toBe('<a>[x|p|q]]</a>');
  });

  test('triple-stash is still refused in XML templates', () => {
    expect(() => renderString('<a>{{{v}}}</a>', 'xml', { v: '<b/>' })).toThrow(/Triple-stash/);
  });
});

describe('the XML well-formedness check', () => {
  test.each([
    ['<?xml version="1.0"?>\n<Response><Dial><Number>+1</Number></Dial><Hangup/></Response>', null],
    ['<a x="1" y=\'2\'><![CDATA[<not markup>]]><!-- c --></a>', null],
    ['<a><b></a></b>', /closes no open/],
    ['<a>', /not closed/],
    ['<a/><b/>', /more than one root/],
    ['<a>x & y</a>', /"&"/],
    ['<a>x < y</a>', /"<"/],
    ['text<a/>', /outside the root/],
    ['', /no root/],
  ])('%j', (doc, problem) => {
    if (problem === null) expect(xmlProblem(doc)).toBeNull();
    else expect(xmlProblem(doc)).toMatch(problem);
  });
});

describe('route answer templates', () => {
  test.each([
    ['application/json', 'json'],
    ['application/vnd.vonage+json; charset=utf-8', 'json'],
    ['text/xml', 'xml'],
    ['application/xml;charset=UTF-8', 'xml'],
    ['text/plain', 'text'],
    ['application/x-www-form-urlencoded', 'form'],
    ['text/html', null],
    ['nonsense', null],
    ['text/xml\r\nX-Evil: 1', null],
  ])('content type %j writes values as %s', (type, ctx) => {
    expect(contextOf(type)).toBe(ctx);
  });

  const xml: RouteAnswer = { contentType: 'application/xml', body: '<Response><Dial>{{agentPhone}}</Dial></Response>', noAgent: null };
  test.each([
    ['an unknown field', { ...xml, body: '<Response><Dial>{{agentPhon}}</Dial></Response>' }, ['body'], /agentPhon/],
    ['a helper that does not exist', { ...xml, body: '<Response>{{shout agentPhone}}</Response>' }, ['body'], /Unknown helper/],
    ['XML that is not well-formed', { ...xml, body: '<Response><Dial>{{agentPhone}}</Response>' }, ['body'], /not well-formed/],
    [
      'JSON that does not parse',
      { ...xml, contentType: 'application/json', body: '{"number": {{agentPhone}}' },
      ['body'],
      /does not parse/,
    ],
    ['a content type no answer is written in', { ...xml, contentType: 'text/html' }, ['contentType'], /not a content type/],
    [
      'a bad no-agent body',
      { ...xml, noAgent: { status: 200, contentType: null, body: '<Response><Say>busy</Say>' } },
      ['noAgent', 'body'],
      /not closed/,
    ],
  ])('%s is named', (_label, answer, path, message) => {
    const problems = checkAnswer(answer);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toEqual(path);
    expect(problems[0]!.message).toMatch(message);
  });

  test('a good template has no problems, in either branch of an {{#if}}', () => {
    expect(
      checkAnswer({
        ...xml,
        body: '<Response>{{#if agentPhone}}<Dial>{{agentPhone}}</Dial>{{else}}<Enqueue>{{queue}}</Enqueue>{{/if}}</Response>',
      }),
    ).toEqual([]);
    expect(
      checkAnswer({ ...xml, body: '<Response>{{#if agentPhone}}<Dial>{{agentPhone}}{{else}}<Enqueue/>{{/if}}</Response>' })[0]!.message,
    ).toMatch(/not well-formed/);
  });

  const routing: RoutingView = { mode: 'lead', fallback: 'none', fallbackAgentId: null, fallbackQueue: '', format: 'json' };
  const input = { callerNumber: '+919611000001', callerRaw: '+919611000001', virtualNumber: '+919020897874', sessionId: 's-1' };
  const agent: RouteDecision = {
    agent: { userId: 'u1', phone: '+919800000001', agentId: 'a-1', email: 'a@x.test', name: 'Asha' },
    queue: null,
    leadId: 'l1',
    opportunityId: null,
    reason: 'lead-owner',
    fallbackCause: null,
  };
  const nobody: RouteDecision = {
    agent: null,
    queue: null,
    leadId: null,
    opportunityId: null,
    reason: 'no-match',
    fallbackCause: 'no-lead',
  };

  test('renders the decision; the no-agent part when there is neither agent nor queue', () => {
    const answer: RouteAnswer = {
      contentType: 'application/json',
      body: '[{"action":"connect","endpoint":[{"type":"phone","number":"{{agentPhoneDigits}}"}],"from":{{phone virtualNumber "digits"}} }]',
      noAgent: { status: 404, contentType: 'text/plain', body: 'nobody for {{callerNumber}}' },
    };
    const yes = renderAnswer(routing, answer, agent, input);
    expect(JSON.parse(yes.body)).toEqual([
      { action: 'connect', endpoint: [{ type: 'phone', number: '919800000001' }], from: '919020897874' },
    ]);
    expect([yes.status, yes.contentType]).toEqual([200, 'application/json']);
    const no = renderAnswer(routing, answer, nobody, input);
    expect([no.status, no.contentType, no.body]).toEqual([404, 'text/plain', 'nobody for +919611000001']);
  });

  test('without a template the format answers', () => {
    expect(JSON.parse(renderAnswer(routing, null, agent, input).body)).toMatchObject({
      Status: 'Success',
      AgentPhone: '+919800000001',
      Reason: 'lead-owner',
    });
    expect(renderAnswer({ ...routing, format: 'agent-id' }, null, agent, input)).toMatchObject({ contentType: 'text/plain', body: 'a-1' });
  });

  test('a template that reads the agent phone routes only to agents with one', () => {
    expect(answerNeeds(routing, xml)).toEqual({ phone: true });
    expect(answerNeeds(routing, { ...xml, body: '<R><D>{{phone agentPhoneDigits "e164"}}</D></R>' })).toEqual({ phone: true });
    expect(answerNeeds(routing, { ...xml, body: '<R><Agent>{{agentId}}</Agent></R>' })).toEqual({ phone: false });
    expect(answerNeeds({ ...routing, format: 'agent-phone' }, null)).toEqual({ phone: true });
    expect(answerNeeds(routing, null)).toEqual({ phone: false });
  });
});
