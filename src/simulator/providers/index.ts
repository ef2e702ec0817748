/**
 * The one registry of simulated providers, by preset id. Adding one: its module beside this file
 * (`defineSimulatedProvider`), one line below.
 */
import type { SimulatedProvider } from '../provider-types';
import { eightByEightVcc } from './8x8-vcc';
import { mobileCloudCalling } from './mobile-cloud-calling';
import { ozonetel } from './ozonetel';
import { ucontact } from './ucontact';

export const SIMULATED_PROVIDERS = [ozonetel, mobileCloudCalling, eightByEightVcc, ucontact] as const;

type Registered = (typeof SIMULATED_PROVIDERS)[number];

export type SimulatedProviderId = Registered['id'];

/** `state.accounts`: each provider's account, by its id, with its own type. */
export type SimulatedAccounts = { [P in Registered as P['id']]: ReturnType<P['account']> };

export const SIMULATED_PROVIDER_IDS = SIMULATED_PROVIDERS.map((p) => p.id) as [SimulatedProviderId, ...SimulatedProviderId[]];

export function findSimulatedProvider(id: string): SimulatedProvider | undefined {
  return SIMULATED_PROVIDERS.find((p) => p.id === id);
}

/** Each provider's starting account. */
export function defaultAccounts(): SimulatedAccounts {
  return Object.fromEntries(SIMULATED_PROVIDERS.map((p) => [p.id, p.account()])) as SimulatedAccounts;
}
