/** The one registry of provider presets. Adding a provider: one folder, one line below. */
import { AppError } from '../errors';
import { eightByEightPreset } from './8x8-vcc/preset';
import { genericPreset } from './generic/preset';
import { mobileCloudCallingPreset } from './mobile-cloud-calling/preset';
import { ozonetelPreset } from './ozonetel/preset';
import { uContactPreset } from './ucontact/preset';
import { type ProviderPreset } from './types';

export type { ProviderPreset, OperationConfig, ProviderOperation } from './types';
export { PROVIDER_OPERATIONS } from './types';

export const PRESETS: readonly ProviderPreset[] = [
  genericPreset,
  ozonetelPreset,
  eightByEightPreset,
  uContactPreset,
  mobileCloudCallingPreset,
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
