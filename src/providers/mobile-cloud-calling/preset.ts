import { genericPreset } from '../generic/preset';
import { type OperationConfig, type ProviderPreset } from '../types';

const statusRules: OperationConfig['rules'] = [
  { key: 'status', value: 'success', outcome: 'success' },
  { key: 'status', value: 'error', outcome: 'error' },
];

/** The contract's pull API: the call on the agent's phone at this moment, by the agent's number. */
const pullRequest: OperationConfig['request'] = {
  method: 'GET',
  url: '{{credentials.baseUrl}}/PullAPI?apiKey={{credentials.apiKey}}&userName={{credentials.username}}&agentPhoneNumber=@AssociatedPhoneNumberWithoutCountryCode',
};
const pullRules: OperationConfig['rules'] = [
  ...statusRules,
  { key: 'customerNumber', outcome: 'data', as: 'customerNumber' },
  { key: 'monitorUcid', outcome: 'data', as: 'callId' },
];

/**
 * Seed 002's generic contract, which any provider can implement: click2call, PullAPI (who is calling
 * this agent's phone) and the DID list. Call logs, popups and call events use the standard format,
 * so the mappings are the generic preset's.
 */
export const mobileCloudCallingPreset: ProviderPreset = {
  id: 'mobile-cloud-calling',
  name: 'Mobile Cloud Calling (generic API)',
  description:
    'Cloud calls from the mobile app through any provider that offers the click2call, PullAPI and DID-list APIs of the mobile cloud calling contract; call logs in the standard format.',
  mappings: genericPreset.mappings,
  defaults: genericPreset.defaults,
  api: {
    credentials: [
      {
        key: 'baseUrl',
        label: 'API base URL',
        type: 'text',
        required: true,
        help: "The provider's base URL; /click2call, /PullAPI and /DIDNumbers are added to it.",
      },
      { key: 'username', label: 'User name', type: 'text', required: true },
      { key: 'apiKey', label: 'API key', type: 'text', required: true, secret: true },
    ],
    auth: { kind: 'none' },
    operations: {
      // Not repeatable: the contract has no idempotency key, and a second request dials again.
      clickToCall: {
        enabled: true,
        repeatable: false,
        request: {
          method: 'GET',
          url: '{{credentials.baseUrl}}/click2call?api_key={{credentials.apiKey}}&username={{credentials.username}}&agentID=@{User:TelephonyAgentId,}&campaignName=@VirtualNumber&customerNumber=@CustomerNumber',
        },
        rules: [...statusRules, { key: 'monitorUcid', outcome: 'data', as: 'callId' }],
      },
      popupPull: { enabled: true, repeatable: true, request: pullRequest, rules: pullRules },
      didList: {
        enabled: true,
        repeatable: true,
        request: { method: 'GET', url: '{{credentials.baseUrl}}/DIDNumbers?apiKey={{credentials.apiKey}}' },
        rules: [...statusRules, { key: 'did_list', outcome: 'data', as: 'numbers' }],
      },
      // Whether a click-to-call whose answer never came was placed: the pull API names the call live
      // on the agent's phone, with its customer and monitorUcid.
      callStatus: { enabled: true, repeatable: true, request: pullRequest, rules: pullRules },
    },
  },
};
