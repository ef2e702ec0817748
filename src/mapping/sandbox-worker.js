/**
 * The entry of a mapping sandbox thread: the compiled module in a build, the TypeScript source
 * (through tsx's require hook) when running from the repository.
 */
const fs = require('node:fs');
const path = require('node:path');

if (!fs.existsSync(path.join(__dirname, 'sandbox-task.js'))) require('tsx/cjs');
module.exports = require('./sandbox-task');
