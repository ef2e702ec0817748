/**
 * defineSimulatedProvider: how a provider module declares itself. The declaration is typed by its
 * account and by what its calls carry (`extra`); the shared code gets it back with those types
 * closed over, so the server, the call placer and the CLI never name a provider.
 */
import { getPreset } from '../providers';
import { placeOutboundCall } from './context';
import type { ProviderContext, ProviderWebhooks, SimContext, SimulatedProvider, SimulatedProviderSpec } from './provider-types';

export function defineSimulatedProvider<const Id extends string, Account extends object, Extra = never>(
  spec: SimulatedProviderSpec<Id, Account, Extra>,
): SimulatedProvider<Id, Account> {
  // A simulated provider plays a preset's provider: an id that is no preset's fails at load.
  getPreset(spec.id);
  const accountIn = (accounts: Record<string, object>): Account => {
    const account = accounts[spec.id];
    if (!account) throw new Error(`The simulator's state has no account for ${spec.id}`);
    return account as Account;
  };
  // Facts reach a provider's builders only from calls that provider placed, so they carry its `extra`.
  const webhooks: ProviderWebhooks<unknown> = spec.webhooks;

  return {
    id: spec.id,
    name: spec.name,
    account: () => spec.account(),
    credentials: (accounts, baseUrl) => spec.credentials(accountIn(accounts), baseUrl),
    routes(ctx: SimContext) {
      const bound: ProviderContext<Account, Extra> = {
        ...ctx,
        get stopped() {
          return ctx.stopped;
        },
        id: spec.id,
        account: () => accountIn(ctx.state.accounts),
        placeOutboundCall: (dial, callLogUrl) => placeOutboundCall(ctx, webhooks, spec.id, dial, callLogUrl),
      };
      return spec.api(bound).map((route) => ({ ...route, provider: spec.id, path: `/${spec.id}/${route.path}` }));
    },
    inbound: spec.inbound,
    webhooks,
    setCallLogUrl(accounts, url) {
      spec.setCallLogUrl?.(accountIn(accounts), url);
    },
  };
}
