/**
 * The generic Mobile Cloud Calling API a telephony partner provides (seed 002 sections 1–7):
 * click2call, the incoming-call pull API and the DID list.
 */
import { istWallClock } from './clock';
import { checkDial, error, makeLimiter, nationalDids, pullAnswer, startOutbound } from './cloud-calling';
import type { SimContext } from './context';
import { json, type SimRoute } from './http-kit';

/**
 * The seed: "Customer number format should be +91-95XXXXXX or 95XXXXXXX (Without country code)".
 * The plus may arrive encoded, literally as %2B, or form-decoded to a space.
 */
const CUSTOMER_FORMAT = /^(?:(?:\+|%2B| )91-)?\d{10}$/i;

export function mccRoutes(ctx: SimContext): SimRoute[] {
  const account = () => ctx.state.accounts.mcc;
  const withinLimit = makeLimiter(() => ctx.state.pullLimitPerMinute);

  return [
    {
      provider: 'mcc',
      path: '/mcc/click2call',
      ops: ['click2call', 'click-to-call'],
      handle: ({ params: p }) => {
        const dial = checkDial(ctx, {
          credentialsOk: p.api_key === account().apiKey && p.username === account().username,
          agentId: p.agentID,
          requireLogin: true,
          did: p.campaignName,
          customer: p.customerNumber,
          customerFormat: CUSTOMER_FORMAT,
        });
        if (typeof dial === 'string') return error(dial);
        const id = ctx.ids.sessionId();
        startOutbound(ctx, 'mcc', id, dial, p.campaignName ?? '', account().callLogUrl);
        return json({ status: 'success', message: 'call initiated successfully', monitorUcid: id, callStartTime: istWallClock(new Date()) });
      },
    },
    {
      provider: 'mcc',
      path: '/mcc/PullAPI',
      ops: ['PullAPI', 'pull'],
      handle: ({ params: p }) => pullAnswer(ctx, 'mcc', account(), { userName: p.userName, apiKey: p.apiKey, agentPhoneNumber: p.agentPhoneNumber }, withinLimit),
    },
    {
      provider: 'mcc',
      path: '/mcc/DIDNumbers',
      ops: ['DIDNumbers', 'dids'],
      handle: ({ params: p }) => {
        if (!p.apiKey) return error('apiKey should not be empty');
        if (p.apiKey !== account().apiKey) return error('apiKey is Invalid');
        return json({ status: 'success', did_list: nationalDids(ctx) });
      },
    },
  ];
}
