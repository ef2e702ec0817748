/**
 * The provider simulator, through HTTP only: each provider's API with its documented answers, the
 * uContact token life, 8x8 validation and callback, fault injection, and placeCalls against a small
 * receiving server standing in for Patchcord's webhooks.
 */
import http from 'node:http';
import { startSimulator, type Simulator } from '../../src/simulator/server';

interface Received {
  method: string;
  path: string;
  query: URLSearchParams;
  contentType: string;
  body: string;
}

interface Receiver {
  url: string;
  got: Received[];
  /** Status for paths containing `part` (default 200). */
  answer(part: string, status: number, body?: string): void;
  close(): Promise<void>;
}

async function startReceiver(): Promise<Receiver> {
  const got: Received[] = [];
  const answers: { part: string; status: number; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      got.push({
        method: req.method ?? '',
        path: url.pathname,
        query: url.searchParams,
        contentType: String(req.headers['content-type'] ?? ''),
        body: Buffer.concat(chunks).toString('utf8'),
      });
      const a = answers.find((x) => url.pathname.includes(x.part));
      res.writeHead(a?.status ?? 200, { 'content-type': 'application/json' }).end(a?.body ?? '{"Status":"Success"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    got,
    answer: (part, status, body) => answers.unshift({ part, status, body: body ?? '{"Status":"Failure"}' }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitFor<T>(what: () => T | undefined | false, ms = 5000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = what();
    if (v) return v;
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

let sim: Simulator;
let rx: Receiver;

async function call(path: string, init?: RequestInit): Promise<{ status: number; type: string; text: string; json: () => any }> {
  const res = await fetch(sim.url + path, init);
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', text, json: () => JSON.parse(text) };
}
const qs = (o: Record<string, string>): string => new URLSearchParams(o).toString();
const form = (o: Record<string, string>, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=UTF-8', ...headers },
  body: qs(o),
});

beforeEach(async () => {
  rx = await startReceiver();
  sim = await startSimulator({ speed: 0, seed: 42 });
});
afterEach(async () => {
  await sim.stop();
  await rx.close();
});

describe('Ozonetel', () => {
  const dial = (o: Record<string, string>) =>
    call(
      `/ozonetel/CAServices/AgentManualDial.php?${qs({ api_key: 'sim-ozonetel-key', username: 'sim_user', agentID: 'agent1', campaignName: '+918040000001', customerNumber: '+919611795983', ...o })}`,
    );

  it('queues a manual dial for any number format and posts the Manual call log with the returned ucid', async () => {
    sim.state.accounts.ozonetel.callLogUrl = `${rx.url}/webhooks/c1/s3cret/call-log`;
    for (const customerNumber of ['+919611795983', '+91-9611795983', '9611795983', '09611795983']) {
      const r = await dial({ customerNumber });
      expect(r.type).toContain('application/json');
      expect(r.json()).toEqual({ status: 'queued successfully', message: 'Call queued', ucid: expect.stringMatching(/^\d{16}$/) });
    }
    const r = await dial({ campaignName: '8040000002' });
    const { ucid } = r.json();
    const log = await waitFor(() => rx.got.find((g) => g.body.includes(ucid)));
    expect(log.contentType).toBe('application/x-www-form-urlencoded');
    const data = JSON.parse(new URLSearchParams(log.body).get('data') ?? '');
    expect(data).toMatchObject({
      monitorUCID: ucid,
      Type: 'Manual',
      CallerID: '09611795983',
      Did: '918040000002',
      AgentID: 'agent1',
      AgentPhoneNumber: '9900000001',
      Status: 'Answered',
      DialStatus: 'answered',
    });
    expect(data.StartTime).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(sim.sent.at(-1)?.url).toBe(`${rx.url}/webhooks/c1/…/call-log`);
  });

  it('answers each documented error', async () => {
    const message = async (o: Record<string, string>) => (await dial(o)).json().message;
    expect(await message({ api_key: 'wrong' })).toBe('Invalid api_key or username');
    expect(await message({ username: 'someone' })).toBe('Invalid api_key or username');
    expect(await message({ agentID: 'agent2' })).toBe('Agent is not logged in');
    expect(await message({ customerNumber: '9999999999' })).toBe('Customer number is in DND');
    expect(await message({ customerNumber: 'call me maybe' })).toBe('Invalid customer number');
    expect(await message({ campaignName: '8049999999' })).toBe('Invalid campaign name');
    sim.state.agents[1]!.loggedIn = true;
    expect((await dial({ agentID: 'agent2' })).json().status).toBe('queued successfully');
  });

  it('accepts a POSTed form and dials offline agents with PhoneManualDial', async () => {
    const posted = await call(
      '/ozonetel/CAServices/AgentManualDial.php',
      form({
        api_key: 'sim-ozonetel-key',
        username: 'sim_user',
        agentID: 'agent1',
        campaignName: '8040000001',
        customerNumber: '9611795983',
      }),
    );
    expect(posted.json().status).toBe('queued successfully');
    const phone = (o: Record<string, string>) =>
      call(
        `/ozonetel/CAServices/PhoneManualDial.php?${qs({ apiKey: 'sim-ozonetel-key', userName: 'sim_user', custNumber: '+91-9611795983', phoneName: 'agent3', did: '8040000003', ...o })}`,
      );
    expect((await phone({})).json().status).toBe('queued successfully');
    expect((await phone({ apiKey: 'nope' })).json().message).toBe('Invalid api_key or username');
    expect((await phone({ custNumber: '+919999999999' })).json().message).toBe('Customer number is in DND');
  });

  it('pull API: every documented answer, and the ringing call', async () => {
    const pull = async (o: Record<string, string>) =>
      (
        await call(
          `/ozonetel/CAServices/LeadSquare/PullAPI.php?${qs({ userName: 'sim_user', apiKey: 'sim-ozonetel-key', agentPhoneNumber: '9900000001', ...o })}`,
        )
      ).json();
    expect(await pull({ userName: '' })).toEqual({ status: 'error', message: 'userName should not be empty' });
    expect(await pull({ apiKey: '' })).toEqual({ status: 'error', message: 'apiKey should not be empty' });
    expect(await pull({ agentPhoneNumber: '' })).toEqual({ status: 'error', message: 'agentPhoneNumber should not be empty' });
    expect(await pull({ apiKey: 'bad' })).toEqual({ status: 'error', message: 'userName or apiKey is Invalid' });
    expect(await pull({ agentPhoneNumber: '9811111111' })).toEqual({ status: 'error', message: 'Invalid Agent Phone Number' });
    expect(await pull({})).toEqual({ status: 'error', message: 'There is no call at this moment with this Agent PhoneNumber' });
    sim.ring('ozonetel', { agentPhone: '+919900000001', customerNumber: '+919611795983', ucid: '9179160123456' });
    expect(await pull({})).toEqual({
      status: 'success',
      customerNumber: '9611795983',
      monitorUcid: '9179160123456',
      callStartTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    });
    sim.state.pullLimitPerMinute = 0;
    expect(await pull({})).toEqual({ status: 'error', message: 'max limit exceeded' });
  });

  it('lists running DIDs as national numbers', async () => {
    expect((await call('/ozonetel/CAServices/DID/RunningDIDs.php?userName=sim_user&apiKey=sim-ozonetel-key')).json()).toEqual({
      status: 'success',
      data: ['8040000001', '8040000002', '8040000003'],
    });
    expect((await call('/ozonetel/CAServices/DID/RunningDIDs.php?userName=sim_user&apiKey=x')).json().status).toBe('error');
  });
});

describe('Mobile Cloud Calling', () => {
  const c2c = (o: Record<string, string>, init?: RequestInit) =>
    call(
      `/mobile-cloud-calling/click2call?${qs({ api_key: 'sim-mcc-key', username: 'sim_user', agentID: 'agent1', campaignName: '8040000001', customerNumber: '+91-9611795983', ...o })}`,
      init,
    );

  it('click2call: the documented success and errors, customer number format included', async () => {
    expect((await c2c({})).json()).toEqual({
      status: 'success',
      message: 'call initiated successfully',
      monitorUcid: expect.stringMatching(/^\d{21}$/),
      callStartTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
    });
    expect((await c2c({ customerNumber: '9611795983' })).json().status).toBe('success');
    expect((await c2c({ customerNumber: '+919611795983' })).json()).toEqual({ status: 'error', message: 'Invalid customer number format' });
    expect((await c2c({ customerNumber: '+91-9999999999' })).json()).toEqual({ status: 'error', message: 'Customer number is in DND' });
    expect((await c2c({ customerNumber: '5555555555' })).json()).toEqual({ status: 'error', message: 'Invalid customer number' });
    expect((await c2c({ api_key: 'x' })).json().message).toBe('Invalid api_key or username');
    expect((await c2c({ agentID: 'agent3' })).json().message).toBe('Agent is not logged in');
    const json = await call('/mobile-cloud-calling/click2call', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        api_key: 'sim-mcc-key',
        username: 'sim_user',
        agentID: 'agent1',
        campaignName: '8040000002',
        customerNumber: '9611795983',
      }),
    });
    expect(json.json().status).toBe('success');
  });

  it("pull API sees only its own provider's ringing calls; DID list", async () => {
    const pull = async () =>
      (await call('/mobile-cloud-calling/PullAPI?apiKey=sim-mcc-key&userName=sim_user&agentPhoneNumber=9900000002')).json();
    sim.ring('ozonetel', { agentPhone: '9900000002', customerNumber: '9611795983' });
    expect((await pull()).message).toBe('There is no call at this moment with this Agent PhoneNumber');
    const ringing = sim.ring('mobile-cloud-calling', { agentPhone: '+91-9900000002', customerNumber: '+919845000001' });
    expect(await pull()).toMatchObject({ status: 'success', customerNumber: '9845000001', monitorUcid: ringing.ucid });
    expect((await call('/mobile-cloud-calling/DIDNumbers?apiKey=sim-mcc-key')).json()).toEqual({
      status: 'success',
      did_list: ['8040000001', '8040000002', '8040000003'],
    });
    expect((await call('/mobile-cloud-calling/DIDNumbers?apiKey=nope')).json().status).toBe('error');
  });
});

describe('8x8 click-to-dial', () => {
  const session = { cookie: 'theme=dark; AGUISESSION=sim-8x8-session' };
  const makeCall = (o: Record<string, string>, headers: Record<string, string> = session) =>
    call(`/8x8-vcc/AGUI/make_call.php?${qs({ prefix: '91', phone: '9611795983', ...o })}`, { headers });

  it('needs the agent session and validates every parameter', async () => {
    const noSession = await makeCall({}, {});
    expect([noSession.status, noSession.text]).toEqual([401, 'ERROR: no agent session']);
    const bad = async (o: Record<string, string>) => {
      const r = await makeCall(o);
      return [r.status, r.text.slice(0, 6)];
    };
    expect(await bad({ ctl_userdata: '[a|1]]' })).toEqual([400, 'ERROR:']);
    expect(await bad({ ctl_userdata: '[a|1]x[b|2]' })).toEqual([400, 'ERROR:']);
    expect(await bad({ extTransactionData: '[extRecordId|1' })).toEqual([400, 'ERROR:']);
    expect(await bad({ callerId: '80-40' })).toEqual([400, 'ERROR:']);
    expect(await bad({ queue_id: 'q1' })).toEqual([400, 'ERROR:']);
    expect(await bad({ phone: '' })).toEqual([400, 'ERROR:']);
    expect(await bad({ phone: 'not-a-number' })).toEqual([400, 'ERROR:']);
    const dnd = await makeCall({ phone: '9999999999' });
    expect([dnd.status, dnd.text]).toEqual([200, 'ERROR: Customer number is in DND']);
    const ok = await makeCall({ ctl_userdata: '[a|][b|x|y]', extTransactionData: '[extRecordId|42][extRecordType|Lead]' });
    expect(ok.status).toBe(200);
    expect(ok.type).toContain('text/html');
    expect(ok.text).toBe('<html><body>Dialing 919611795983. You may close this window.</body></html>');
  });

  it('posts the filled userdata to ctl_callbackUrl after the call, answered or not', async () => {
    const userdata =
      '[tid|$transaction_id$][guid|$interaction_guid$][caller|$caller_id$][ans|$call_answered_time$][hup|$call_hangup_time$][dur|$callDuration$]' +
      '[tt|$callAnsweredTenantTT$][eq|a$equal$b][codes|$transaction_codes$][short|$lastTclCodeShort$][day|$year$-$month$-$date$]' +
      `[ctl_callbackUrl|${rx.url}/cb?t=$transaction_id$]`;
    expect((await makeCall({ callerId: '918040000002', ctl_userdata: userdata })).status).toBe(200);
    const cb = await waitFor(() => rx.got.find((g) => g.path === '/cb'));
    expect(cb.contentType).toBe('application/x-www-form-urlencoded');
    const f = new URLSearchParams(cb.body);
    expect(f.get('resultCode')).toBe('SUCCESS');
    const filled = f.get('ctl_userdata') ?? '';
    expect(filled).not.toContain('$');
    const v = Object.fromEntries([...filled.matchAll(/\[([^|\]]+)\|([^\]]*)\]/g)].map((m) => [m[1], m[2]]));
    expect(v.tid).toMatch(/^\d+$/);
    expect(cb.query.get('t')).toBe(v.tid);
    expect(v.caller).toBe('918040000002');
    expect(Number(v.hup) - Number(v.ans)).toBeGreaterThanOrEqual(10);
    expect(v.dur).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    expect(v.tt).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} \+0530$/);
    expect(v.eq).toBe('a=b');
    expect(v.codes).toMatch(/^Sales:[A-Z]+$/);
    expect(v.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    sim.state.outboundAnswered = false;
    await makeCall({ ctl_userdata: `[ans|$call_answered_time$][dur|$callDuration$][ctl_callbackUrl|${rx.url}/missed]` });
    const missed = new URLSearchParams((await waitFor(() => rx.got.find((g) => g.path === '/missed'))).body);
    expect(missed.get('resultCode')).toBe('FAIL');
    expect(missed.get('errorString')).not.toBe('');
    expect(missed.get('ctl_userdata')).toBe('[ans|0][dur|00:00:00]' + `[ctl_callbackUrl|${rx.url}/missed]`);
  });
});

describe('uContact', () => {
  const base = '/ucontact/Integra/resources';
  const login = async (password = 'sim-ucontact-pass') => call(`${base}/auth/getUserToken`, form({ user: 'sim_admin', password }));
  const agentCall = (token: string, o: Record<string, string> = {}) =>
    call(
      `${base}/Agents/AgentCall`,
      form(
        {
          callerid: '8040000001',
          agent: 'agent2',
          phone: '9900000002',
          tech: 'SIP',
          context: 'agents',
          outqueue: 'Sales->',
          destination: '+919611795983',
          ...o,
        },
        { authorization: token },
      ),
    );

  it('token life: login, use, expiry, logout, bad password', async () => {
    const bad = await login('wrong');
    expect([bad.status, bad.json()]).toEqual([401, { error: 'Invalid credentials' }]);
    const { token, expiresIn } = (await login()).json();
    expect(expiresIn).toBe(600);
    const noToken = await agentCall('');
    expect([noToken.status, noToken.json()]).toEqual([401, { error: 'Invalid or expired token' }]);
    expect((await agentCall('made-up')).status).toBe(401);
    const ok = await agentCall(token);
    expect(ok.status).toBe(200);
    expect(ok.text).toMatch(/^\d+\.\d+$/);
    expect((await agentCall(`Bearer ${token}`)).text).toMatch(/^\d+\.\d+$/);
    sim.expireTokens();
    expect((await agentCall(token)).status).toBe(401);
    const second = (await login()).json().token;
    const out = await call(`${base}/auth/logout`, { method: 'POST', headers: { authorization: second } });
    expect([out.status, out.text]).toEqual([200, 'OK']);
    expect((await agentCall(second)).status).toBe(401);
  });

  it('tokens expire after tokenTtlSeconds', async () => {
    const short = await startSimulator({ speed: 0, tokenTtlSeconds: 1 });
    try {
      const r = await fetch(`${short.url}${base}/auth/getUserToken`, form({ user: 'sim_admin', password: 'sim-ucontact-pass' }));
      const { token, expiresIn } = (await r.json()) as { token: string; expiresIn: number };
      expect(expiresIn).toBe(1);
      const use = () =>
        fetch(`${short.url}${base}/Blacklist/Add`, form({ number: '9611795983', campaign: 'Sales->' }, { authorization: token })).then(
          (x) => x.status,
        );
      expect(await use()).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect(await use()).toBe(401);
    } finally {
      await short.stop();
    }
  });

  it('AgentCall answers 0 on errors and posts the outbound call log on success', async () => {
    sim.state.accounts.ucontact.callLogUrl = `${rx.url}/uc-log`;
    const { token } = (await login()).json();
    expect((await agentCall(token, { agent: 'nobody' })).text).toBe('0');
    expect((await agentCall(token, { destination: '+919999999999' })).text).toBe('0');
    expect((await agentCall(token, { destination: 'garbage' })).text).toBe('0');
    expect((await agentCall(token, { tech: '' })).text).toBe('0');
    const guid = (await agentCall(token)).text;
    const log = JSON.parse((await waitFor(() => rx.got.find((g) => g.path === '/uc-log'))).body);
    expect(log).toMatchObject({
      guid,
      direction: 'out',
      callerid: '+918040000001',
      destination: '+919611795983',
      agent: 'agent2',
      campaign: 'Sales->',
      status: 'ANSWER',
    });
    expect(log.start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(typeof log.duration).toBe('number');
  });

  it('dispositions and the blacklist', async () => {
    const { token } = (await login()).json();
    const guid = (await agentCall(token)).text;
    const dispose = async (o: Record<string, string>) =>
      (
        await call(
          `${base}/Dialers/Disposition`,
          form(
            { guid, campaign: 'Sales->', disposition: 'Interested', action: 'RESPOOL', number: '9611795983', ...o },
            { authorization: token },
          ),
        )
      ).json();
    expect(await dispose({})).toEqual({ result: 'OK' });
    expect((await dispose({ action: 'SCHEDULE' })).result).toBe('ERROR');
    expect(await dispose({ action: 'SCHEDULE', date: '2026-12-01 10:00:00' })).toEqual({ result: 'OK' });
    expect((await dispose({ action: 'RESPOOLALTERNATIVE' })).result).toBe('ERROR');
    expect(await dispose({ action: 'RESPOOLALTERNATIVE', alternative: '9845000002' })).toEqual({ result: 'OK' });
    expect((await dispose({ action: 'FORGET' })).result).toBe('ERROR');
    expect((await dispose({ guid: '123.456' })).result).toBe('ERROR');
    expect(await dispose({ action: 'BLACKLIST' })).toEqual({ result: 'OK' });
    expect((await agentCall(token)).text).toBe('0');
    expect(sim.state.dispositions.map((d) => d.action)).toEqual(['RESPOOL', 'SCHEDULE', 'RESPOOLALTERNATIVE', 'BLACKLIST']);

    const bl = async (op: string, o: Record<string, string>) =>
      (await call(`${base}/Blacklist/${op}`, form({ campaign: 'Sales->', ...o }, { authorization: token }))).json();
    expect(await bl('AddMultiple', { numbers: '9845000010, +919845000011,9845000010' })).toEqual({ result: 'OK', count: 2 });
    expect((await bl('AddMultiple', { numbers: '9845000012,oops' })).result).toBe('ERROR');
    expect(await bl('Add', { number: '+91-9845000012' })).toEqual({ result: 'OK', count: 1 });
    expect(await bl('Remove', { number: '9611795983' })).toEqual({ result: 'OK', count: 1 });
    expect(await bl('RemoveMultiple', { numbers: '9845000010,9845000011,9845000099' })).toEqual({ result: 'OK', count: 2 });
    expect((await agentCall(token)).text).toMatch(/^\d+\.\d+$/);
  });
});

describe('fault injection and the journal', () => {
  const dids = () => call('/mobile-cloud-calling/DIDNumbers?apiKey=sim-mcc-key');

  it('answers the next n requests with a status, then normally', async () => {
    sim.fault('ozonetel', 'click-to-call', { status: 503, times: 2 });
    const dial = () =>
      call(
        '/ozonetel/CAServices/AgentManualDial.php?api_key=sim-ozonetel-key&username=sim_user&agentID=agent1&campaignName=8040000001&customerNumber=9611795983',
      );
    expect((await dial()).status).toBe(503);
    expect((await dial()).status).toBe(503);
    expect((await dial()).json().status).toBe('queued successfully');
    const entries = sim.journal.filter((j) => j.op === 'AgentManualDial');
    expect(entries.map((j) => [j.status, j.fault ?? false])).toEqual([
      [503, true],
      [503, true],
      [200, false],
    ]);
    expect(entries[2]).toMatchObject({
      provider: 'ozonetel',
      method: 'GET',
      path: '/ozonetel/CAServices/AgentManualDial.php',
      params: { agentID: 'agent1' },
    });
  });

  it('delays, and times: 0 clears', async () => {
    sim.fault('mobile-cloud-calling', 'DIDNumbers', { delayMs: 300 });
    let t = Date.now();
    expect((await dids()).json().status).toBe('success');
    expect(Date.now() - t).toBeGreaterThanOrEqual(280);
    t = Date.now();
    await dids();
    expect(Date.now() - t).toBeLessThan(250);
    sim.fault('mobile-cloud-calling', 'dids', { status: 500, times: Infinity });
    expect((await dids()).status).toBe(500);
    expect((await dids()).status).toBe(500);
    sim.fault('mobile-cloud-calling', 'dids', { times: 0 });
    expect((await dids()).status).toBe(200);
  });

  it('journals unknown paths as 404', async () => {
    expect((await call('/ucontact/nothing/here')).status).toBe(404);
    expect(sim.journal.at(-1)).toMatchObject({ provider: 'ucontact', status: 404 });
  });
});

describe('placeCalls', () => {
  const hooks = () => ({
    route: `${rx.url}/webhooks/c1/s3cret/route`,
    popup: `${rx.url}/webhooks/c1/s3cret/popup`,
    callEvent: `${rx.url}/webhooks/c1/s3cret/call-event`,
    callLog: `${rx.url}/webhooks/c1/s3cret/call-log`,
  });
  const of = (kind: string) => rx.got.filter((g) => g.path.endsWith(`/${kind}`));
  const opts = { ratePerSecond: 1000, duplicateRatio: 0.3, lateUpdateRatio: 0.3 };

  it('ozonetel: route, popup and call logs in its format; duplicates byte-identical; late updates', async () => {
    const summary = await sim.placeCalls({ provider: 'ozonetel', calls: 20, webhooks: hooks(), ...opts });
    expect(summary.calls).toBe(20);
    expect(summary.answered + summary.missed).toBe(20);
    expect(summary.failures).toEqual([]);
    expect(of('route')).toHaveLength(20);
    expect(of('popup')).toHaveLength(20);
    expect(of('call-event')).toHaveLength(0);
    const route = of('route')[0]!;
    expect(route.method).toBe('GET');
    expect(route.query.get('caller')).toMatch(/^\+91\d{10}$/);
    expect(route.query.get('did')).toMatch(/^\+918040000\d{3}$/);
    const popup = new URLSearchParams(of('popup')[0]!.body);
    expect(popup.get('callerID')).toMatch(/^\d{10}$/);
    expect(popup.get('agentPhoneNumber')).toMatch(/^99000000\d{2}$/);
    expect(popup.get('ivrPath')).toBe('Main>Sales');

    const logs = of('call-log');
    const { requests } = summary;
    expect(logs).toHaveLength(requests.callLog!.sent + (requests.callLogDuplicate?.sent ?? 0) + (requests.callLogUpdate?.sent ?? 0));
    expect(requests.callLogDuplicate?.sent).toBeGreaterThan(0);
    expect(requests.callLogUpdate?.sent).toBeGreaterThan(0);
    const parsed = logs.map((l) => ({ raw: l.body, data: JSON.parse(new URLSearchParams(l.body).get('data') ?? '{}') }));
    for (const { data } of parsed) {
      expect(data.CallerID).toMatch(/^0\d{10}$/);
      expect(data.Did).toMatch(/^918040000\d{3}$/);
      expect(data.Type).toBe('inbound');
      expect(data.CampaignName).toBe(`Inbound_${data.Did}`);
      expect(['Answered', 'NotAnswered']).toContain(data.Status);
      expect(data.Duration).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    }
    const bySession = new Map<string, string[]>();
    for (const p of parsed) bySession.set(p.data.monitorUCID, [...(bySession.get(p.data.monitorUCID) ?? []), p.raw]);
    expect(bySession.size).toBe(20);
    const firstLogs = [...bySession.values()].map((bodies) => JSON.parse(new URLSearchParams(bodies[0]).get('data') ?? ''));
    expect(firstLogs.filter((d) => d.Status === 'Answered')).toHaveLength(summary.answered);
    const repeated = [...bySession.values()].filter((bodies) => bodies.length > 1);
    const identical = repeated.filter((bodies) => bodies[0] === bodies[1]);
    expect(identical.length).toBe(requests.callLogDuplicate!.sent);
    const updates = parsed.filter((p) => p.data.Comments !== '');
    expect(updates).toHaveLength(requests.callLogUpdate!.sent);
    for (const u of updates) expect(u.data.AudioFile).toMatch(/^https:\/\/recordings\.example\/.+\.mp3$/);
  });

  it('the same seed gives the same mix; callers and agents as given', async () => {
    const callers = ['+919845000001', '9845000002', '+91-9845000003'];
    const run = async (s: Simulator) =>
      s.placeCalls({
        provider: 'ucontact',
        calls: 30,
        webhooks: { callLog: `${rx.url}/log` },
        callers,
        agents: [{ phone: '9900000003', agentId: 'agent3' }],
        ...opts,
      });
    const first = await run(sim);
    const twin = await startSimulator({ speed: 0, seed: 42 });
    const second = await run(twin).finally(() => twin.stop());
    expect([second.answered, second.requests.callLogDuplicate?.sent, second.requests.callLogUpdate?.sent]).toEqual([
      first.answered,
      first.requests.callLogDuplicate?.sent,
      first.requests.callLogUpdate?.sent,
    ]);
    const logs = rx.got.map((g) => JSON.parse(g.body));
    expect(new Set(logs.map((l) => l.callerid))).toEqual(new Set(['+919845000001', '+919845000002', '+919845000003']));
    expect(new Set(logs.map((l) => l.agent))).toEqual(new Set(['agent3']));
    expect(logs[0]).toMatchObject({ direction: 'in', destination: logs[0].did, campaign: 'Sales<-', disposition: '' });
    expect(logs[0].start).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(['ANSWER', 'NOANSWER']).toContain(logs[0].status);
  });

  it('answeredRatio holds with a fixed seed; mcc sends %2b numbers and call events', async () => {
    const summary = await sim.placeCalls({
      provider: 'mobile-cloud-calling',
      calls: 200,
      webhooks: hooks(),
      ratePerSecond: 10_000,
      answeredRatio: 0.7,
      duplicateRatio: 0,
      lateUpdateRatio: 0,
    });
    expect(summary.answered).toBeGreaterThan(120);
    expect(summary.answered).toBeLessThan(160);
    const logs = of('call-log');
    expect(logs).toHaveLength(200);
    expect(logs[0]!.contentType).toBe('application/x-www-form-urlencoded');
    const log = JSON.parse(logs[0]!.body);
    expect(log.SourceNumber).toMatch(/^%2b91\d{10}$/);
    expect(Object.keys(log)).toEqual([
      'SourceNumber',
      'DestinationNumber',
      'DisplayNumber',
      'StartTime',
      'EndTime',
      'CallDuration',
      'Status',
      'CallNotes',
      'ResourceURL',
      'Direction',
      'CallSessionId',
      'CallerName',
    ]);
    expect(log.Direction).toBe('Inbound');
    const events = of('call-event').map((e) => JSON.parse(e.body));
    expect(events.filter((e) => e.Event === 'Answered')).toHaveLength(summary.answered);
    const hangups = events.filter((e) => e.Event === 'Hangup');
    expect(hangups).toHaveLength(200);
    expect(hangups.filter((e) => e.Status === 'Missed')).toHaveLength(summary.missed);
    const popup = JSON.parse(of('popup')[0]!.body);
    expect(popup).toEqual({
      SourceNumber: expect.stringMatching(/^\+91/),
      DestinationNumber: expect.stringMatching(/^\+9199/),
      DisplayNumber: expect.stringMatching(/^\+9180/),
      CallSessionId: expect.any(String),
      ivr: ['Main', 'Sales'],
    });
  });

  it('8x8: only the ctl_callbackUrl post, filled as Patchcord would send it', async () => {
    const summary = await sim.placeCalls({ provider: '8x8-vcc', calls: 10, webhooks: hooks(), ...opts });
    expect(of('route')).toHaveLength(0);
    expect(of('popup')).toHaveLength(0);
    const firsts = new Map<string, URLSearchParams>();
    for (const g of of('call-log')) {
      const f = new URLSearchParams(g.body);
      const session = /\[patchcordSession\|([^\]]+)\]/.exec(f.get('ctl_userdata') ?? '')?.[1] ?? '';
      if (!firsts.has(session)) firsts.set(session, f);
    }
    expect(firsts.size).toBe(10);
    const results = [...firsts.values()].map((f) => f.get('resultCode'));
    expect(results.filter((r) => r === 'SUCCESS')).toHaveLength(summary.answered);
    const ud = [...firsts.values()][0]!.get('ctl_userdata') ?? '';
    expect(ud).toMatch(
      /^\[patchcordSession\|pc-[\w-]+\]\[customerNumber\|\+91\d{10}\]\[agentId\|agent\d\]\[virtualNumber\|\+918040000\d{3}\]\[status\|[A-Z]*\]\[start\|\d+\]\[end\|\d+\]\[duration\|\d{2}:\d{2}:\d{2}\]\[transactionId\|\d+\]\[notes\|\]\[ctl_callbackUrl\|http:\/\/127\.0\.0\.1:\d+\/webhooks\/c1\/s3cret\/call-log\]$/,
    );
  });

  it('counts failures by kind and reports the first ones', async () => {
    rx.answer('/call-log', 500, '{"Status":"Failure","Message":"boom"}');
    const progress: number[] = [];
    const summary = await sim.placeCalls({
      provider: 'ucontact',
      calls: 5,
      webhooks: hooks(),
      ...opts,
      duplicateRatio: 0,
      lateUpdateRatio: 0,
      onProgress: (p) => progress.push(p.placed),
    });
    expect(summary.requests.callLog).toMatchObject({ sent: 5, ok: 0, failed: 5 });
    expect(summary.requests.popup).toMatchObject({ sent: 5, ok: 5, failed: 0 });
    expect(summary.failures[0]).toEqual({ kind: 'callLog', status: 500, body: '{"Status":"Failure","Message":"boom"}' });
    expect(Math.max(...progress)).toBe(5);
  });
});
