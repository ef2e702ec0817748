/**
 * Which provider requests may be sent twice, as the presets declare it, and the idempotency key a
 * step sends on every attempt.
 */
import { PRESETS } from '../../src/providers';
import { isRepeatable, PROVIDER_OPERATIONS } from '../../src/providers/types';
import { idempotencyKey } from '../../src/services/provider-api';

describe('repeatable operations', () => {
  test('placing a call and pushing a disposition are not repeatable unless said so; reads are', () => {
    expect(isRepeatable('clickToCall', undefined)).toBe(false);
    expect(isRepeatable('disposition', {})).toBe(false);
    expect(isRepeatable('callStatus', undefined)).toBe(true);
    expect(isRepeatable('didList', { repeatable: false })).toBe(false);
    expect(isRepeatable('clickToCall', { repeatable: true })).toBe(true);
    // A request carrying an idempotency key is safe to send again, whatever else it says.
    expect(isRepeatable('disposition', { repeatable: false, idempotencyHeader: 'Idempotency-Key' })).toBe(true);
  });

  test("every preset's dial and disposition are declared not repeatable, and its reads repeatable", () => {
    for (const preset of PRESETS) {
      for (const op of PROVIDER_OPERATIONS) {
        const config = preset.api?.operations[op];
        if (!config) continue;
        expect({ preset: preset.id, op, repeatable: config.repeatable }).toEqual({
          preset: preset.id,
          op,
          repeatable: !['clickToCall', 'disposition'].includes(op),
        });
      }
      for (const variant of preset.api?.variants ?? []) expect(variant.config.repeatable).toBe(false);
    }
  });

  test('callStatus only where the provider can say whether a call was placed', () => {
    const withStatus = PRESETS.filter((p) => p.api?.operations.callStatus).map((p) => p.id);
    expect(withStatus.sort()).toEqual(['mobile-cloud-calling', 'ozonetel']);
  });
});

describe('idempotency keys', () => {
  test('the same for the same step of a workflow, different for another step, workflow or disposition', () => {
    const key = idempotencyKey('click-to-call:pc-1', 'placeCall');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(idempotencyKey('click-to-call:pc-1', 'placeCall')).toBe(key);
    expect(idempotencyKey('click-to-call:pc-2', 'placeCall')).not.toBe(key);
    expect(idempotencyKey('click-to-call:pc-1', 'pushDisposition')).not.toBe(key);
    expect(idempotencyKey('call:c:s:1', 'pushDisposition', '2026-01-01T10:00:00Z')).not.toBe(
      idempotencyKey('call:c:s:1', 'pushDisposition', '2026-01-01T10:05:00Z'),
    );
  });
});
