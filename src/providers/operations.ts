/**
 * What Patchcord asks of a provider. Each is one request template plus response rules; data rules
 * name what the operation needs by `as`: `callId` (click-to-call: the provider's id of the new call,
 * so its later events join the call session), `customerNumber` (popup pull, call status), `numbers`
 * (DID list).
 *
 * `callDetails` is one call's record by the provider's call id (merge value `callSessionId`), pulled
 * when a call's final event never came. Its answer becomes call fields through `responseMapping`; an
 * error rule marks the provider's "no such call" answer, and so does an HTTP 404.
 *
 * `callStatus` asks whether a click-to-call whose answer never came was placed after all: the
 * provider's live call on the agent's phone, or its record of the call by Patchcord's session id
 * (`callSessionId`) where it echoes user data. A success verdict is "found" (its `customerNumber`,
 * when given, must be the number dialled; its `callId` is the call's id); an error rule or an HTTP
 * 404 is "not found".
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
  'callStatus',
] as const;
export type ProviderOperation = (typeof PROVIDER_OPERATIONS)[number];

/**
 * Whether sending an operation twice does no more than sending it once, when its configuration does
 * not say (`repeatable`). Reads, and set-like writes (a number on or off the blacklist, a call hung
 * up), are; placing a call and pushing a disposition are not: a second dial rings the customer
 * twice, a second dialer action (uContact's RESPOOL) queues the lead twice.
 */
export const REPEATABLE_BY_DEFAULT: Readonly<Record<ProviderOperation, boolean>> = {
  clickToCall: false,
  disposition: false,
  popupPull: true,
  didList: true,
  hangup: true,
  blacklistAdd: true,
  blacklistRemove: true,
  blacklistAddMany: true,
  blacklistRemoveMany: true,
  callDetails: true,
  callStatus: true,
};
