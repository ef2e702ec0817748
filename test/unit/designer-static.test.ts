/** The API serves the built designer with a browser-routing fallback that never shadows the API. */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { serveDesigner } from '../../src/api/http/designer-static';

let url: string;
let close: () => void;

beforeAll(async () => {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'designer-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(dist, 'assets', 'app-1.js'), 'console.log(1)');
  const app = express();
  app.use(serveDesigner(dist));
  app.use((_req, res) => {
    res.status(404).send('api 404');
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

afterAll(() => close());

const get = async (p: string, accept = 'text/html') => {
  const res = await fetch(`${url}${p}`, { headers: { accept } });
  return { status: res.status, text: await res.text(), cache: res.headers.get('cache-control') };
};

test('app paths get index.html; assets are served and cached for good', async () => {
  for (const p of ['/', '/connectors', '/connectors/abc/mapping']) expect((await get(p)).text).toContain('<title>app</title>');
  const asset = await get('/assets/app-1.js', '*/*');
  expect(asset.text).toBe('console.log(1)');
  expect(asset.cache).toMatch(/immutable/);
});

test('index.html is revalidated on every load, by an app path or by its own name', async () => {
  expect((await get('/connectors')).cache).toBe('no-cache');
  const byName = await get('/index.html');
  expect(byName.text).toContain('<title>app</title>');
  expect(byName.cache).toBe('no-cache');
});

test('API paths, missing files and non-HTML requests never fall back to the app', async () => {
  for (const p of ['/api/nope', '/webhooks/x/y/call-log', '/openapi.json', '/healthz', '/assets/missing.js', '/favicon.ico']) {
    expect(await get(p)).toMatchObject({ status: 404, text: 'api 404' });
  }
  expect((await get('/connectors', 'application/json')).status).toBe(404);
});
