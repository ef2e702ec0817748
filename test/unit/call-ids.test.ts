import { callActivityId, callKeyOf, callWorkflowId, type CallKeyInput } from '../../src/temporal/call-ids';

const call: CallKeyInput = {
  sourceNumber: '+919611795983',
  destinationNumber: '+918041234567',
  displayNumber: '+918040000000',
  startTime: new Date('2025-03-01T10:00:00Z'),
};

describe('callKeyOf', () => {
  it('keeps a safe session id readable', () => {
    expect(callKeyOf({ ...call, sessionId: 'ozt-1740823200.42@pbx' })).toBe('s:ozt-1740823200.42@pbx');
  });

  it.each([
    ['spaces', 'session 42'],
    ['slashes', '../../etc'],
    ['non-ASCII', 'sessión'],
    ['over 200 characters', 'a'.repeat(201)],
  ])('hashes a session id with %s', (_why, sessionId) => {
    const key = callKeyOf({ ...call, sessionId });
    expect(key).toMatch(/^sh:[0-9a-f]{32}$/);
    expect(callKeyOf({ ...call, sessionId })).toBe(key);
  });

  it('keeps a 200-character id as it is', () => {
    expect(callKeyOf({ ...call, sessionId: 'a'.repeat(200) })).toBe(`s:${'a'.repeat(200)}`);
  });

  it('hashes numbers and start time when there is no session id', () => {
    const key = callKeyOf(call);
    expect(key).toMatch(/^h:[0-9a-f]{32}$/);
    expect(callKeyOf({ ...call, startTime: new Date('2025-03-01T10:00:00Z'), sessionId: '' })).toBe(key);
    expect(callKeyOf({ ...call, startTime: new Date('2025-03-01T10:00:01Z') })).not.toBe(key);
    expect(callKeyOf({ ...call, destinationNumber: '+918041234568' })).not.toBe(key);
  });
});

describe('ids built from a call key', () => {
  it('formats the workflow id and the activity id', () => {
    expect(callWorkflowId('c1', 's:abc')).toBe('call:c1:s:abc');
    expect(callActivityId('c1', 's:abc')).toBe('c1:s:abc');
  });
});
