// Electronegativity requires `commander` without declaring it, and expects the pre-v7 API; the
// project's own commander (v14) is hoisted above it. This preload answers the scanner's
// require('commander') with commander 6, installed under the alias `commander-6`.
const Module = require('node:module');

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'commander' && parent?.filename?.includes('@doyensec')) {
    return resolve.call(this, 'commander-6', parent, ...rest);
  }
  return resolve.call(this, request, parent, ...rest);
};
