/**
 * The one Content-Security-Policy of the UI, for both shells: our own scripts only, nothing
 * remote but https images. The reader removes every image source from an article until the
 * user asks to show its images, so an imported page cannot call home on its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
