#!/usr/bin/env node
/**
 * Run after `npm install` changes package-lock.json.
 *
 * Native packages (@swc/core, unrs-resolver, ...) list one optional dependency per platform. When
 * the registry this lockfile was made against does not carry some platforms' builds, npm leaves
 * them out of the lockfile, and `npm ci` then refuses the lockfile as out of sync. This adds the
 * missing entries with their os/cpu/libc (read off the package name), so `npm ci` skips them on
 * other platforms exactly as it would with a complete lockfile. Nothing is downloaded.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const OS = ['darwin', 'linux', 'win32', 'android', 'freebsd', 'openharmony', 'netbsd', 'openbsd', 'sunos', 'aix'];
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const os = parts.find((p) => OS.includes(p));
  const cpu = parts.find((p) => CPU.includes(p));
  if (!os || !cpu) return null;
  const libc =
    parts.includes('musl') || parts.includes('musleabihf') ? ['musl'] : parts.some((p) => p.startsWith('gnu')) ? ['glibc'] : undefined;
  return { os: [os], cpu: [cpu], ...(libc && os === 'linux' ? { libc } : {}) };
}

const file = path.resolve(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
let added = 0;
for (const [key, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${dep}`;
    const nested = `${key}/node_modules/${dep}`;
    if (lock.packages[target] || lock.packages[nested]) continue;
    const platform = platformOf(dep);
    if (!platform) {
      process.stderr.write(`lock-platforms: cannot tell the platform of ${dep}; left out\n`);
      continue;
    }
    lock.packages[target] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platform };
    added += 1;
  }
}
const sorted = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
fs.writeFileSync(file, `${JSON.stringify({ ...lock, packages: sorted }, null, 2)}\n`);
process.stdout.write(`lock-platforms: added ${added} platform entries\n`);
