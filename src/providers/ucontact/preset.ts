import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type OperationConfig, type ProviderPreset, type RequestTemplate } from '../types';

const read = (name: string): string => readFileSync(join(__dirname, name), 'utf8');
const RESOURCES = '{{credentials.baseUrl}}/Integra/resources';
const form = (url: string, body: string): RequestTemplate => ({
  method: 'POST',
  url: `${RESOURCES}${url}`,
  headers: [{ name: 'Content-Type', value: 'application/x-www-form-urlencoded; charset=UTF-8' }],
  body: { kind: 'form', template: body },
});
const resultRules: OperationConfig['rules'] = [
  { key: 'result', value: 'OK', outcome: 'success' },
  { key: 'result', value: 'ERROR', outcome: 'error' },
];
const op = (request: RequestTemplate, repeatable: boolean, rules = resultRules): OperationConfig => ({
  enabled: true,
  repeatable,
  request,
  rules,
});

/**
 * uContact: every request runs in a token session (log in, send the token in Authorization, log
 * out). Dispositions are dialer actions; the connector's disposition values are those actions
 * (RESPOOL, RESPOOLALTERNATIVE, BLACKLIST, SCHEDULE), a SCHEDULE call-back goes at the follow-up time.
 */
export const uContactPreset: ProviderPreset = {
  id: 'ucontact',
  name: 'uContact',
  description:
    'uContact (Integra API): token session, AgentCall click-to-call returning the call GUID, dialer dispositions and the blacklist.',
  mappings: { callLog: read('call-log.jsonata'), popup: read('popup.jsonata') },
  defaults: { defaultCountry: 'UY', timeZone: 'America/Montevideo' },
  api: {
    credentials: [
      {
        key: 'baseUrl',
        label: 'uContact URL',
        type: 'text',
        required: true,
        help: 'Your uContact server, e.g. https://acme.ucontactcloud.com; /Integra/resources/… is added.',
      },
      { key: 'user', label: 'API user', type: 'text', required: true },
      { key: 'password', label: 'API password', type: 'text', required: true, secret: true },
      {
        key: 'campaign',
        label: 'Outbound campaign',
        type: 'text',
        required: true,
        default: 'Outbound',
        help: 'outqueue for click-to-call; the campaign of dispositions and blacklist entries.',
      },
      { key: 'context', label: 'Agent context', type: 'text', required: true, default: 'from-internal' },
      { key: 'tech', label: 'Agent technology', type: 'text', required: true, default: 'SIP' },
    ],
    auth: {
      kind: 'token',
      login: {
        method: 'POST',
        url: `${RESOURCES}/auth/getUserToken`,
        body: { kind: 'form', template: 'user={{credentials.user}}&password={{credentials.password}}' },
      },
      tokenKey: 'token',
      expiresInKey: 'expiresIn',
      ttlSeconds: 600,
      header: { name: 'Authorization', value: '{{token}}' },
      logout: { method: 'POST', url: `${RESOURCES}/auth/logout` },
    },
    operations: {
      clickToCall: op(
        form(
          '/Agents/AgentCall',
          'callerid={{phone virtualNumber "digits"}}&agent={{agentId}}&phone={{agentNumber}}&tech={{credentials.tech}}&context={{credentials.context}}&outqueue={{credentials.campaign}}&destination={{PhoneNumberWithCountryCode}}',
        ),
        // A second AgentCall dials again; the Integra API takes no idempotency key.
        false,
        // A GUID on success, the text 0 on failure.
        [
          {
            keyword: '0',
            exact: true,
            outcome: 'error',
            message: 'uContact did not place the call (it answered 0): check the agent, the number and the blacklist.',
          },
          { key: '$body', outcome: 'data', as: 'callId' },
        ],
      ),
      disposition: op(
        form(
          '/Dialers/Disposition',
          'guid={{callSessionId}}&campaign={{credentials.campaign}}&disposition={{dispositionValue}}&action={{dispositionValue}}&number={{PhoneNumberWithCountryCode}}&alternative={{Lead.Mobile}}&date={{date followUpAt "yyyy-MM-dd HH:mm:ss" timeZone}}',
        ),
        // A second RESPOOL or SCHEDULE queues the lead again; no idempotency key either.
        false,
      ),
      blacklistAdd: op(form('/Blacklist/Add', 'number={{number}}&campaign={{credentials.campaign}}'), true),
      blacklistRemove: op(form('/Blacklist/Remove', 'number={{number}}&campaign={{credentials.campaign}}'), true),
      blacklistAddMany: op(form('/Blacklist/AddMultiple', 'numbers={{numbers}}&campaign={{credentials.campaign}}'), true),
      blacklistRemoveMany: op(form('/Blacklist/RemoveMultiple', 'numbers={{numbers}}&campaign={{credentials.campaign}}'), true),
    },
  },
};
