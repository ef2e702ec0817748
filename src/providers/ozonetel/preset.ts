import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OperationConfig, type ProviderPreset } from '../types';

const read = (name: string): string => readFileSync(join(__dirname, name), 'utf8');
const account = 'userName={{credentials.username}}&apiKey={{credentials.apiKey}}';
const statusRules: OperationConfig['rules'] = [
  { key: 'status', value: 'success', outcome: 'success' },
  { key: 'status', value: 'error', outcome: 'error' },
];

/** The LeadSquared pull API: the call on the agent's phone at this moment, by the agent's number. */
const pullRequest: OperationConfig['request'] = {
  method: 'GET',
  url: `{{credentials.baseUrl}}/CAServices/LeadSquare/PullAPI.php?${account}&agentPhoneNumber=@AssociatedPhoneNumberWithoutCountryCode`,
};
const pullRules: OperationConfig['rules'] = [
  ...statusRules,
  { key: 'customerNumber', outcome: 'data', as: 'customerNumber' },
  { key: 'monitorUcid', outcome: 'data', as: 'callId' },
];

/** Click-to-call for agents who are not logged in to Ozonetel's toolbar: Ozonetel rings their phone. */
export const phoneManualDial: OperationConfig = {
  enabled: true,
  repeatable: false,
  request: {
    method: 'GET',
    url: '{{credentials.baseUrl}}/CAServices/PhoneManualDial.php?apiKey={{credentials.apiKey}}&userName={{credentials.username}}&custNumber=@CustomerNumber&phoneName=@{User:TelephonyAgentId,}&did=@VirtualNumber',
  },
  rules: [
    { keyword: 'queued successfully', outcome: 'success' },
    { key: 'status', value: 'error', outcome: 'error' },
    { key: 'ucid', outcome: 'data', as: 'callId' },
  ],
};

export const ozonetelPreset: ProviderPreset = {
  id: 'ozonetel',
  name: 'Ozonetel (CloudAgent)',
  description:
    "Ozonetel CloudAgent: call-details callback (JSON in a `data` form field), screen-pop, AgentManualDial / PhoneManualDial click-to-call, PullAPI popup for the mobile app (and to confirm an unanswered click-to-call), RunningDIDs sync and one call's record by UCID.",
  mappings: { callLog: read('call-log.jsonata'), popup: read('popup.jsonata') },
  defaults: { defaultCountry: 'IN', timeZone: 'Asia/Kolkata' },
  api: {
    credentials: [
      {
        key: 'baseUrl',
        label: 'API base URL',
        type: 'text',
        required: true,
        default: 'https://api1.cloudagent.in',
        help: 'Without a trailing slash; the CAServices paths are added to it.',
      },
      { key: 'username', label: 'Ozonetel user name', type: 'text', required: true },
      { key: 'apiKey', label: 'API key', type: 'text', required: true, secret: true },
    ],
    auth: { kind: 'none' },
    operations: {
      // AgentManualDial: the agent must be logged in and Ready in Ozonetel for the campaign.
      // Not repeatable: Ozonetel takes no idempotency key, and a second request dials again.
      clickToCall: {
        enabled: true,
        repeatable: false,
        request: {
          method: 'GET',
          url: '{{credentials.baseUrl}}/CAServices/AgentManualDial.php?api_key={{credentials.apiKey}}&username={{credentials.username}}&agentID=@{User:TelephonyAgentId,}&campaignName=@VirtualNumber&customerNumber=@CustomerNumber',
        },
        // Seed 002: the success answer is matched as text ("NonJSON"), whatever else it carries.
        rules: [
          { keyword: 'queued successfully', outcome: 'success' },
          { key: 'status', value: 'error', outcome: 'error' },
          { key: 'ucid', outcome: 'data', as: 'callId' },
        ],
      },
      popupPull: { enabled: true, repeatable: true, request: pullRequest, rules: pullRules },
      didList: {
        enabled: true,
        repeatable: true,
        request: { method: 'GET', url: `{{credentials.baseUrl}}/CAServices/DID/RunningDIDs.php?${account}` },
        rules: [...statusRules, { key: 'data', outcome: 'data', as: 'numbers' }],
      },
      // One call's record by its UCID (the callback's monitorUCID); today's calls, hence currentday.
      callDetails: {
        enabled: true,
        repeatable: true,
        request: {
          method: 'GET',
          url: `{{credentials.baseUrl}}/CAServices/cdr/fetchCDRbyUCID.php?${account}&ucid={{callSessionId}}&reportType=currentday`,
        },
        rules: [
          { key: 'message', value: 'No Data Found', outcome: 'error', message: 'Ozonetel has no record of this call.' },
          { key: 'status', value: 'success', outcome: 'success' },
        ],
        responseMapping: read('call-details.jsonata'),
      },
      // Whether a click-to-call whose answer never came was placed: the pull API names the call live
      // on the agent's phone (Ozonetel rings the agent first), with its customer and UCID.
      callStatus: { enabled: true, repeatable: true, request: pullRequest, rules: pullRules },
    },
    variants: [
      { id: 'phoneManualDial', label: 'PhoneManualDial (agent not logged in)', operation: 'clickToCall', config: phoneManualDial },
    ],
  },
};
