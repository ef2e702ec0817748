/** The simulator's pure parts: number forms, 8x8 userdata, token filling, the seeded generator. */
import {
  callbackRequest,
  fillTokens,
  isPairSequence,
  pairValue,
  tokenValues,
  type CallOutcome,
} from '../../src/simulator/providers/ctl-userdata';
import { hms, istWallClock, tenantTimestamp } from '../../src/simulator/clock';
import { national, toE164 } from '../../src/simulator/numbers';
import { makeRng } from '../../src/simulator/random';
import { redactUrl } from '../../src/simulator/sender';

describe('simulator numbers', () => {
  it.each([
    '+919611795983',
    '%2B919611795983',
    ' 919611795983',
    '+91-9611795983',
    '9611795983',
    '09611795983',
    '919611795983',
    '+91 96117 95983',
  ])('%s is +919611795983', (raw) => {
    expect(toE164(raw)).toBe('+919611795983');
  });
  it.each(['', 'abc', '12', '5555555555', '+91961179598x', '9611795983; drop'])('%s is not a number', (raw) => {
    expect(toE164(raw)).toBeNull();
  });
  it('writes Indian numbers as ten national digits', () => {
    expect(national('+918040000001')).toBe('8040000001');
  });
});

describe('8x8 ctl_userdata', () => {
  it('accepts pairs only', () => {
    expect(isPairSequence('')).toBe(true);
    expect(isPairSequence('[a|1][b|][ctl_callbackUrl|http://x/cb?a=1|2]')).toBe(true);
    for (const bad of ['[a|1]]', '[a|1', 'x[a|1]', '[a|1] [b|2]', '[|1]', '[a]', '[a|[1]]']) expect(isPairSequence(bad)).toBe(false);
    expect(pairValue('[a|1][ctl_callbackUrl|http://h/p]', 'ctl_callbackUrl')).toBe('http://h/p');
  });

  const outcome: CallOutcome = {
    callerId: '918040000001',
    transactionId: '123',
    interactionGuid: 'int-1',
    answeredAt: new Date('2026-11-23T12:56:38Z'),
    hangupAt: new Date('2026-11-23T12:57:48Z'),
    code: { list: 'Sales', short: 'INT', desc: 'Interested' },
    notes: 'n',
    now: new Date('2026-11-23T12:57:48Z'),
  };

  it('fills every documented token and leaves unknown ones', () => {
    const v = tokenValues(outcome);
    expect(v).toMatchObject({
      call_answered_time: '1795438598',
      call_hangup_time: '1795438668',
      callDuration: '00:01:10',
      callAnsweredTenantTT: '2026/11/23 18:26:38 +0530',
      transaction_codes: 'Sales:INT',
      year: '2026',
      hours: '18',
    });
    expect(fillTokens('[x|$equal$][y|$nope$]', v)).toBe('[x|=][y|$nope$]');
  });

  it('posts the filled string as a form to the filled callback URL; FAIL and zeros when not answered', () => {
    const req = callbackRequest('[t|$transaction_id$][ctl_callbackUrl|http://h/cb?t=$transaction_id$&n=$notes$]', {
      ...outcome,
      notes: 'a b',
    });
    expect(req?.url).toBe('http://h/cb?t=123&n=a%20b');
    expect(new URLSearchParams(req?.body).get('resultCode')).toBe('SUCCESS');
    const missed = callbackRequest('[s|$call_answered_time$][ctl_callbackUrl|http://h/cb]', {
      ...outcome,
      answeredAt: null,
      hangupAt: null,
    });
    const f = new URLSearchParams(missed?.body);
    expect([f.get('ctl_userdata'), f.get('resultCode')]).toEqual(['[s|0][ctl_callbackUrl|http://h/cb]', 'FAIL']);
    expect(callbackRequest('[a|1]', outcome)).toBeNull();
  });
});

describe('simulator helpers', () => {
  it('clock formats', () => {
    const d = new Date('2026-11-23T12:56:38Z');
    expect([istWallClock(d), tenantTimestamp(d), hms(3725)]).toEqual(['2026-11-23 18:26:38', '2026/11/23 18:26:38 +0530', '01:02:05']);
  });
  it('the same seed gives the same draws', () => {
    const a = makeRng(7);
    const b = makeRng(7);
    expect(Array.from({ length: 5 }, () => a.int(0, 1000))).toEqual(Array.from({ length: 5 }, () => b.int(0, 1000)));
    expect(makeRng(8).next()).not.toBe(makeRng(7).next());
  });
  it('never prints a webhook secret', () => {
    expect(redactUrl('http://127.0.0.1:8080/webhooks/abc123/s3cr3t/call-log')).toBe('http://127.0.0.1:8080/webhooks/abc123/…/call-log');
    expect(redactUrl('https://h.example/other/s3cr3t?x=1')).toBe('https://h.example/…');
  });
});
