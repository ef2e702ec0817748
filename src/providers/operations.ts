/**
 * What Patchcord asks of a provider. Each is one request template plus response rules; data rules
 * name what the operation needs by `as`: `callId` (click-to-call: the provider's id of the new call,
 * so its later events join the call session), `customerNumber` (popup pull), `numbers` (DID list).
 *
 * `callDetails` is one call's record by the provider's call id (merge value `callSessionId`), pulled
 * when a call's final event never came. Its answer becomes call fields through `responseMapping`; an
 * error rule marks the provider's "no such call" answer, and so does an HTTP 404.
 *
 * Pure data with no imports: the designer bundles it for its operation tabs.
 */
export const PROVIDER_OPERATIONS = [
  'clickToCall',
  'disposition',
  'popupPull',
  'didList',
  'hangup',
  'blacklistAdd',
  'blacklistRemove',
  'blacklistAddMany',
  'blacklistRemoveMany',
  'callDetails',
] as const;
export type ProviderOperation = (typeof PROVIDER_OPERATIONS)[number];
