#!/usr/bin/env node
/**
 * Builds the embedded dev services into .tools/bin: the Temporal CLI (its dev server) and our
 * FerretDB wrapper. Plain Node with no dependencies, so it can run right after `npm ci`.
 *
 * A tool is rebuilt only when its stamp (pinned version + inputs) changed, so a second run takes
 * milliseconds. Go's own module and build caches make a rebuild after a fresh clone fast too, but
 * nothing here depends on them being warm.
 */
'use strict';

const { execFileSync, spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const BIN = path.join(ROOT, '.tools', 'bin');
const FERRET_DIR = path.join(__dirname, 'ferretdb');
const TEMPORAL_CLI = 'github.com/temporalio/cli/cmd/temporal@v1.5.1';
const MIN_GO = [1, 24];
const MIN_NODE = 20;

function fail(message) {
  process.stderr.write(`\nsetup: ${message}\n`);
  process.exit(1);
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < MIN_NODE) {
    fail(`Node.js ${MIN_NODE} or newer is required; this is ${process.versions.node}. Install it from your package manager or nodejs.org.`);
  }
}

function checkGo() {
  const probe = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    fail(
      `Go ${MIN_GO.join('.')} or newer is required to build the embedded Temporal and FerretDB servers, and 'go' was not found on PATH.\n` +
        `Install Go (https://go.dev/doc/install or your package manager), or point Patchcord at running services with TEMPORAL_ADDRESS and MONGO_URL.`,
    );
  }
  const match = /go(\d+)\.(\d+)/.exec(probe.stdout.trim());
  const version = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (version[0] < MIN_GO[0] || (version[0] === MIN_GO[0] && version[1] < MIN_GO[1])) {
    fail(`Go ${MIN_GO.join('.')} or newer is required; found ${probe.stdout.trim()}. Upgrade Go and run this again.`);
  }
}

function hashFiles(dir, names) {
  const hash = crypto.createHash('sha256');
  for (const name of names) hash.update(name).update(fs.readFileSync(path.join(dir, name)));
  return hash.digest('hex').slice(0, 16);
}

function upToDate(binary, stamp) {
  const stampFile = `${binary}.stamp`;
  return fs.existsSync(binary) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
}

function build(label, binary, stamp, args, cwd) {
  if (upToDate(binary, stamp)) {
    process.stdout.write(`setup: ${label} is up to date\n`);
    return;
  }
  process.stdout.write(`setup: building ${label} (a few minutes the first time; cached by Go afterwards)...\n`);
  const started = Date.now();
  try {
    execFileSync('go', args, {
      cwd,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, GOBIN: BIN, GOFLAGS: '-buildvcs=false' },
    });
  } catch {
    fail(`building ${label} failed (see Go's output above).`);
  }
  fs.writeFileSync(`${binary}.stamp`, stamp);
  process.stdout.write(`setup: built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}

function main() {
  checkNode();
  // `npm start` passes --if-needed: with both external services configured there is nothing to build.
  if (process.argv.includes('--if-needed') && process.env.TEMPORAL_ADDRESS && process.env.MONGO_URL) {
    process.stdout.write('setup: TEMPORAL_ADDRESS and MONGO_URL are set; the embedded services are not needed\n');
    return;
  }
  checkGo();
  fs.mkdirSync(BIN, { recursive: true });

  build('Temporal CLI dev server', path.join(BIN, 'temporal'), TEMPORAL_CLI, ['install', TEMPORAL_CLI], ROOT);

  const ferretStamp = `ferretdb-${hashFiles(FERRET_DIR, ['go.mod', 'go.sum', 'main.go'])}`;
  build(
    'FerretDB (embedded, SQLite)',
    path.join(BIN, 'ferretdb'),
    ferretStamp,
    ['build', '-o', path.join(BIN, 'ferretdb'), '.'],
    FERRET_DIR,
  );
}

if (require.main === module) main();

module.exports = { BIN };
