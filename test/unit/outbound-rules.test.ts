import { evaluateRules, type ResponseRule } from '../../src/outbound';

const jsonRules: ResponseRule[] = [
  { key: 'status', value: 'success', outcome: 'success' },
  { key: 'status', value: 'error', outcome: 'error' },
  { key: 'data.callId', outcome: 'data', as: 'callId' },
  { key: 'ucid', outcome: 'data' },
];

describe('response rules', () => {
  test('JSON success with data extracted at dot paths', () => {
    const v = evaluateRules('{"status":"Success","data":{"callId":"c-1"},"ucid":"9179"}', jsonRules);
    expect(v).toEqual({ outcome: 'success', message: 'Success', data: { callId: 'c-1', ucid: '9179' } });
  });

  test('JSON error carries the provider message', () => {
    expect(evaluateRules('{"status":"error","message":"Customer number is in DND"}', jsonRules)).toMatchObject({
      outcome: 'error',
      message: 'Customer number is in DND',
    });
  });

  test('error wins when both match', () => {
    const rules: ResponseRule[] = [
      { key: 'ok', outcome: 'success' },
      { key: 'error', outcome: 'error' },
    ];
    expect(evaluateRules('{"ok":true,"error":"Invalid number"}', rules)).toMatchObject({ outcome: 'error', message: 'Invalid number' });
  });

  test('text keyword, case-insensitive contains; non-JSON "queued successfully"', () => {
    const rules: ResponseRule[] = [
      { keyword: 'queued successfully', outcome: 'success' },
      { keyword: 'failed', outcome: 'error' },
    ];
    expect(evaluateRules('Call Queued Successfully', rules).outcome).toBe('success');
    expect(evaluateRules('dial FAILED: busy', rules)).toMatchObject({ outcome: 'error', message: 'dial FAILED: busy' });
  });

  test('a GUID answer (uContact) is data by keyword-free rules only when JSON; nothing matching is unknown', () => {
    expect(evaluateRules('{"status":"pending"}', jsonRules).outcome).toBe('unknown');
    expect(evaluateRules('not json', jsonRules)).toEqual({ outcome: 'unknown', message: 'not json', data: {} });
  });

  test('prototype keys are not paths', () => {
    expect(evaluateRules('{}', [{ key: 'constructor', outcome: 'success' }]).outcome).toBe('unknown');
  });
});
