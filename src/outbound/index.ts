export {
  makeOutbound,
  assertSucceeded,
  requestOf,
  redactText,
  REDACTED,
  type Outbound,
  type OutboundResult,
  type RenderedRequest,
  type OutboundOptions,
} from './engine';
export { translateMailMerge, translateRequest, MERGE_NAMES, EIGHT_BY_EIGHT_TOKENS } from './mail-merge';
export { evaluateRules, parseJsonAnswer, valueAt, type ResponseRule, type Verdict } from './rules';
export { OutboundError, isPermanent, DeliveryError, isDeliveryError, type OutboundErrorCode, type DeliveryErrorCode } from './errors';
export { isRestrictedAddress, unmapIpv4 } from './address';
export type { RequestTemplate, MergeValues } from './template';
export { authorize, authSchemeSchema, schemeTemplates, type AuthScheme, type TokenScheme } from './auth';
export type { HttpResponse } from './http';
export { compile as compileCheck, renderString } from './template';
