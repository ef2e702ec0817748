import { translateMailMerge, translateRequest, MERGE_NAMES, makeOutbound } from '../../src/outbound';

describe('mail-merge translation', () => {
  test.each(MERGE_NAMES)('@%s becomes a Handlebars field', (name) => {
    expect(translateMailMerge(`x=@${name}&y=1`)).toBe(`x={{${name}}}&y=1`);
  });

  test.each([
    ['@{User:TeamId,}', '{{User.TeamId}}'],
    ['@{User:GroupIds,}', '{{User.GroupIds}}'],
    ['@{Lead:Phone,}', '{{Lead.Phone}}'],
    ['@{User:PhoneMobile,}', '{{User.PhoneMobile}}'],
    ['@{Lead:ProspectID,}', '{{Lead.ProspectID}}'],
    ['@{Lead:FirstName,Sir}', '{{#if Lead.FirstName}}{{Lead.FirstName}}{{else}}Sir{{/if}}'],
  ])('%s → %s', (seed, hbs) => {
    expect(translateMailMerge(seed)).toBe(hbs);
  });

  test('the seed 002 click-to-call URL translates and renders', () => {
    const url =
      'https://p.example/InitiateCall?AccessKey=@{User:AccessKey,}&LeadPhone=@{Lead:Phone,}&AgentPhone=@agentNumber&Did=@virtualNumber';
    const t = translateRequest({ method: 'GET' as const, url });
    const values = { User: { AccessKey: 'k&1' }, Lead: { Phone: '+91 96117' }, agentNumber: '1001', virtualNumber: '0800' };
    expect(makeOutbound().render(t, values).url).toBe(
      'https://p.example/InitiateCall?AccessKey=k%261&LeadPhone=%2B91%2096117&AgentPhone=1001&Did=0800',
    );
  });

  test('longest name wins and a name must end at a word boundary', () => {
    expect(translateMailMerge('@agentNumber/@agentName/@PhoneNumberWithCountryCode')).toBe(
      '{{agentNumber}}/{{agentName}}/{{PhoneNumberWithCountryCode}}',
    );
    expect(() => translateMailMerge('@agentNumberX')).toThrow(/@agentNumberX/);
  });

  test('e-mail addresses are not merge fields', () => {
    expect(translateMailMerge('to=ops@example.com')).toBe('to=ops@example.com');
  });

  test.each(['@{User:__proto__,}', '@{Lead:constructor,x}', '@{Lead:prototype,}'])('%s names a prototype key and is refused', (seed) => {
    expect(() => translateMailMerge(`a=${seed}`)).toThrow(expect.objectContaining({ code: 'MERGE_FIELD_UNKNOWN' }));
  });

  test('unknown names are listed together', () => {
    expect(() => translateMailMerge('a=@foo&b=@bar&c=@customerNumber')).toThrow('Unknown mail-merge field(s): @foo, @bar');
  });

  test('8x8 $tokens$ in [name|value] stay literal; unknown ones are errors', () => {
    const src = '[subject|call ($transaction_id$)][WhatId|@leadId][at|$call_answered_time$]';
    expect(translateMailMerge(src)).toBe('[subject|call ($transaction_id$)][WhatId|{{leadId}}][at|$call_answered_time$]');
    expect(() => translateMailMerge('[x|$transactionid$]')).toThrow(/\$transactionid\$/);
  });
});
