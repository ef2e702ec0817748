/** The admin screens' pure parts: the connector filter, refused numbers by row, lifecycle error placement, unknown merge fields. */
import { numberErrors } from '../../designer/src/connectors/bulk-numbers';
import { filterConnectors } from '../../designer/src/connectors/connector-filter';
import { placeLifecycleErrors } from '../../designer/src/connectors/lifecycle-errors';
import { nearestField, serverWarnings, unknownFields, type MergeField } from '../../designer/src/provider/merge-field-check';
import { toDraft } from '../../designer/src/provider/drafts';

describe('connector filter', () => {
  const items = [
    { id: '65a000000000000000000001', name: 'Bangalore', presetId: 'ozonetel', isDefault: true },
    { id: '65a000000000000000000002', name: 'Chennai West', presetId: 'ucontact', isDefault: false },
    { id: '65a0000000000000000000ff', name: 'Delhi', presetId: 'generic', isDefault: false },
  ];
  const presetName = (id: string) => ({ ozonetel: 'Ozonetel', ucontact: 'uContact', generic: 'Generic' })[id] ?? id;
  const names = (q: string) => filterConnectors(items, q, presetName).map((c) => c.name);

  test('matches every word in the name, the preset id or name, or the id, regardless of case', () => {
    expect(names('')).toEqual(['Bangalore', 'Chennai West', 'Delhi']);
    expect(names('chennai')).toEqual(['Chennai West']);
    expect(names('UCONTACT')).toEqual(['Chennai West']);
    expect(names('generic')).toEqual(['Delhi']);
    expect(names('00ff')).toEqual(['Delhi']);
    expect(names('west ucontact')).toEqual(['Chennai West']);
    expect(names('west ozonetel')).toEqual([]);
  });
});

describe('refused virtual numbers', () => {
  test("the server's positions count the non-blank rows sent, and land on the rows on screen", () => {
    const rows = [
      { number: '+918040001000', tag: '' },
      { number: '  ', tag: 'blank, not sent' },
      { number: 'abc', tag: '' },
    ];
    expect(
      numberErrors(rows, [
        { field: 'body.virtualNumbers.1.number', message: '"abc" is not a phone number (read in IN).' },
        { field: 'body.name', message: 'other' },
      ]),
    ).toEqual({ byRow: { 2: ['"abc" is not a phone number (read in IN).'] }, other: ['other'] });
  });
});

describe('lifecycle errors', () => {
  test('details under body. are placed by their path; the rest, or the message alone, are general', () => {
    expect(
      placeLifecycleErrors(
        [
          { field: 'body.disposition.push.url', code: 'custom', message: 'required when the disposition push is enabled' },
          { field: 'body.disposition.values.1', code: 'custom', message: '"a" is listed twice' },
          { code: 'x', message: 'no field' },
        ],
        'The request is invalid.',
      ),
    ).toEqual({
      fields: {
        'disposition.push.url': ['required when the disposition push is enabled'],
        'disposition.values.1': ['"a" is listed twice'],
      },
      general: ['no field'],
    });
    expect(placeLifecycleErrors([], 'Connector x not found.')).toEqual({ fields: {}, general: ['Connector x not found.'] });
  });
});

describe('unknown merge fields', () => {
  const field = (path: string): MergeField => ({ path, handlebars: `{{${path}}}`, mailMerge: null, description: '' });
  const fields = ['customerNumber', 'CustomerNumber', 'agentName', 'User.TelephonyAgentId', 'Lead.<field>'].map(field);

  test('nearest name: case counts only between equally near names', () => {
    const known = fields.map((f) => f.path);
    expect(nearestField('CustomerNumbr', known)).toBe('CustomerNumber');
    expect(nearestField('customernumbr', known)).toBe('customerNumber');
    expect(nearestField('zzzzzzzzzz', known)).toBeNull();
  });

  test('each template part is checked; credentials, lead fields and helpers are not warned about', () => {
    const draft = toDraft({
      enabled: true,
      request: {
        method: 'POST',
        url: 'https://x.example/?to={{urlEncode CustomerNumbr}}&k={{credentials.key}}',
        headers: [{ name: 'X-A', value: '{{agentNam}}' }],
        body: { kind: 'json', template: '{"n": {{json Lead.city}}, "a": "{{User.TelephonyAgentId}}"}' },
      },
      rules: [],
    });
    expect(unknownFields(draft, fields)).toEqual([
      {
        key: 'request.url',
        path: 'CustomerNumbr',
        message: '{{CustomerNumbr}} is not a merge field Patchcord fills; did you mean {{CustomerNumber}}?',
      },
      {
        key: 'request.headers.0',
        path: 'agentNam',
        message: '{{agentNam}} is not a merge field Patchcord fills; did you mean {{agentName}}?',
      },
    ]);
  });

  test("the server's warnings are picked for one operation and keyed like the form's fields", () => {
    const warnings = [
      { field: 'operations.clickToCall.request.headers.0.value', code: 'unknown_merge_field', message: 'a' },
      { field: 'operations.disposition.request.url', code: 'unknown_merge_field', message: 'b' },
    ];
    expect(serverWarnings(warnings, 'clickToCall')).toEqual([{ key: 'request.headers.0', message: 'a' }]);
  });
});
