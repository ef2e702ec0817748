/** The one registry of provider presets. Adding a provider: one folder, one line below. */
import { AppError } from '../errors';
import { genericPreset } from './generic/preset';
import { type ProviderPreset } from './types';

export type { ProviderPreset } from './types';

export const PRESETS: readonly ProviderPreset[] = [
  genericPreset,
];

export function getPreset(id: string): ProviderPreset {
  const preset = PRESETS.find((candidate) => candidate.id === id);
  if (!preset) {
    throw new AppError('NOT_FOUND', `No provider preset "${id}"; known presets: ${PRESETS.map((p) => p.id).join(', ')}.`, [
      { field: 'preset', code: 'unknown_preset', message: id },
    ]);
  }
  return preset;
}
