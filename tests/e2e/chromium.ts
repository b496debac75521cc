// The launch flags and the executable live in core (the PDF export starts Chromium too).
export { CHROMIUM_ARGS, chromiumPath } from '../../src/core/export/chromiumLaunch.js';
