import { AppError } from '../../src/errors';
import { makeMappingEngine } from '../../src/mapping/engine';
import { getPreset, PRESETS } from '../../src/providers';
import { UNHURRIED } from '../helpers/mapping';

describe('provider presets', () => {
  it('have unique ids and compiling call-log mappings', () => {
    const ids = PRESETS.map((preset) => preset.id);
    expect(new Set(ids).size).toBe(ids.length);
    const engine = makeMappingEngine(UNHURRIED);
    for (const preset of PRESETS) {
      expect(preset.mappings.callLog.trim()).not.toBe('');
      expect(() => engine.compile(preset.mappings.callLog)).not.toThrow();
    }
  });

  it('are found by id', () => {
    expect(getPreset('generic').defaults).toEqual({ defaultCountry: 'IN', timeZone: 'Asia/Kolkata' });
  });

  it('name the missing id', () => {
    expect(() => getPreset('nope')).toThrow(AppError);
    expect(() => getPreset('nope')).toThrow(/No provider preset "nope"/);
    try {
      getPreset('nope');
    } catch (err) {
      expect((err as AppError).code).toBe('NOT_FOUND');
    }
  });
});
