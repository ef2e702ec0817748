/**
 * Ozonetel's CloudAgent API (seed 002 section 9): agent and phone manual dial, the LeadSquared pull
 * API and the running DIDs. Errors are HTTP 200 with `{"status":"error","message":…}`.
 */
import { checkDial, error, makeLimiter, nationalDids, pullAnswer, startOutbound } from './cloud-calling';
import type { SimContext } from './context';
import { json, type SimRoute } from './http-kit';

const BASE = '/ozonetel/CAServices';

export function ozonetelRoutes(ctx: SimContext): SimRoute[] {
  const account = () => ctx.state.accounts.ozonetel;
  const withinLimit = makeLimiter(() => ctx.state.pullLimitPerMinute);
  const queued = (ucid: string) => json({ status: 'queued successfully', message: 'Call queued', ucid });

  return [
    {
      provider: 'ozonetel',
      path: `${BASE}/AgentManualDial.php`,
      ops: ['AgentManualDial', 'click-to-call'],
      handle: ({ params: p }) => {
        const dial = checkDial(ctx, {
          credentialsOk: p.api_key === account().apiKey && p.username === account().username,
          agentId: p.agentID,
          requireLogin: true,
          did: p.campaignName,
          customer: p.customerNumber,
        });
        if (typeof dial === 'string') return error(dial);
        const ucid = ctx.ids.ucid();
        startOutbound(ctx, 'ozonetel', ucid, dial, p.campaignName ?? '', account().callLogUrl);
        return queued(ucid);
      },
    },
    {
      provider: 'ozonetel',
      path: `${BASE}/PhoneManualDial.php`,
      ops: ['PhoneManualDial', 'click-to-call'],
      handle: ({ params: p }) => {
        const dial = checkDial(ctx, {
          credentialsOk: p.apiKey === account().apiKey && p.userName === account().username,
          agentId: p.phoneName,
          requireLogin: false,
          did: p.did,
          customer: p.custNumber,
        });
        if (typeof dial === 'string') return error(dial);
        const ucid = ctx.ids.ucid();
        // The seed: "Campaign=Offline is one of the key params we can observe in the logs".
        startOutbound(ctx, 'ozonetel', ucid, dial, 'Offline', account().callLogUrl);
        return queued(ucid);
      },
    },
    {
      provider: 'ozonetel',
      path: `${BASE}/LeadSquare/PullAPI.php`,
      ops: ['PullAPI', 'pull'],
      handle: ({ params: p }) => pullAnswer(ctx, 'ozonetel', account(), { userName: p.userName, apiKey: p.apiKey, agentPhoneNumber: p.agentPhoneNumber }, withinLimit),
    },
    {
      provider: 'ozonetel',
      path: `${BASE}/DID/RunningDIDs.php`,
      ops: ['RunningDIDs', 'dids'],
      handle: ({ params: p }) => {
        if (!p.userName) return error('userName should not be empty');
        if (!p.apiKey) return error('apiKey should not be empty');
        if (p.userName !== account().username || p.apiKey !== account().apiKey) return error('userName or apiKey is Invalid');
        return json({ status: 'success', data: nationalDids(ctx) });
      },
    },
  ];
}
