import { genericPreset } from '../generic/preset';
import { type OperationConfig, type ProviderPreset } from '../types';

const statusRules: OperationConfig['rules'] = [
  { key: 'status', value: 'success', outcome: 'success' },
  { key: 'status', value: 'error', outcome: 'error' },
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
      clickToCall: {
        enabled: true,
        request: {
          method: 'GET',
          url: '{{credentials.baseUrl}}/click2call?api_key={{credentials.apiKey}}&username={{credentials.username}}&agentID=@{User:TelephonyAgentId,}&campaignName=@VirtualNumber&customerNumber=@CustomerNumber',
        },
        rules: [...statusRules, { key: 'monitorUcid', outcome: 'data', as: 'callId' }],
      },
      popupPull: {
        enabled: true,
        request: {
          method: 'GET',
          url: '{{credentials.baseUrl}}/PullAPI?apiKey={{credentials.apiKey}}&userName={{credentials.username}}&agentPhoneNumber=@AssociatedPhoneNumberWithoutCountryCode',
        },
        rules: [
          ...statusRules,
          { key: 'customerNumber', outcome: 'data', as: 'customerNumber' },
          { key: 'monitorUcid', outcome: 'data', as: 'callId' },
        ],
      },
      didList: {
        enabled: true,
        request: { method: 'GET', url: '{{credentials.baseUrl}}/DIDNumbers?apiKey={{credentials.apiKey}}' },
        rules: [...statusRules, { key: 'did_list', outcome: 'data', as: 'numbers' }],
      },
    },
  },
};
