import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ProviderPreset } from '../types';

/**
 * The user data Patchcord sends with each click-to-dial: who and what the call is, and 8x8 tokens it
 * fills at the end of the call. `ctl_callbackUrl` is this connector's call-log webhook, so the
 * callback becomes the call's log in the same session (`patchcordSession`).
 */
const USER_DATA = [
  '[patchcordSession|{{callSessionId}}]',
  '[placedAt|{{date}}]',
  '[customerNumber|{{PhoneNumberWithCountryCode}}]',
  '[agentId|{{agentId}}]',
  '[virtualNumber|{{virtualNumber}}]',
  '[status|$lastTclCodeShort$]',
  '[start|$call_answered_time$]',
  '[end|$call_hangup_time$]',
  '[duration|$callDuration$]',
  '[transactionId|$transaction_id$]',
  '[notes|$notes$]',
  '[ctl_callbackUrl|{{webhooks.callLog}}]',
].join('');

export const eightByEightPreset: ProviderPreset = {
  id: '8x8-vcc',
  name: '8x8 Virtual Contact Center',
  description:
    "8x8 VCC click-to-dial (make_call with prefix, caller id, dial plan and queue) whose ctl_callbackUrl callback, tokens filled in, becomes the call's log.",
  mappings: { callLog: readFileSync(join(__dirname, 'call-log.jsonata'), 'utf8') },
  defaults: { defaultCountry: 'US', timeZone: 'UTC' },
  api: {
    credentials: [
      {
        key: 'baseUrl',
        label: 'Tenant URL',
        type: 'text',
        required: true,
        default: 'https://vcc-na7.8x8.com',
        help: "Your tenant's login URL without a path, e.g. https://na2.mycontactual.com.",
      },
      {
        key: 'sessionCookie',
        label: 'Agent session cookie',
        type: 'text',
        required: true,
        secret: true,
        help: "Click-to-dial runs in an agent's AGUI session: the cookie (name=value) that session carries.",
      },
      {
        key: 'prefix',
        label: 'Dialling prefix',
        type: 'text',
        required: false,
        default: '',
        help: 'Digits put before the number, e.g. 1.',
      },
      { key: 'dialplanId', label: 'Dial plan id', type: 'text', required: false, default: '' },
      { key: 'queueId', label: 'Outbound queue id', type: 'text', required: false, default: '' },
    ],
    auth: { kind: 'headers', headers: [{ name: 'Cookie', value: '{{credentials.sessionCookie}}' }] },
    operations: {
      // Not repeatable: make_call takes no idempotency key, and a second request dials again.
      clickToCall: {
        enabled: true,
        repeatable: false,
        request: {
          method: 'GET',
          url:
            '{{credentials.baseUrl}}/AGUI/make_call.php?prefix={{credentials.prefix}}&phone=@customerNumber&callerId={{phone virtualNumber "digits"}}' +
            '{{#if credentials.dialplanId}}&dialplan_id={{credentials.dialplanId}}{{/if}}{{#if credentials.queueId}}&queue_id={{credentials.queueId}}{{/if}}' +
            `&ctl_userdata=${USER_DATA}&extTransactionData=[extRecordId|{{leadId}}][extRecordType|Lead]`,
        },
        rules: [
          { keyword: 'close this window', outcome: 'success' },
          { keyword: 'ERROR', outcome: 'error' },
        ],
      },
    },
  },
};
