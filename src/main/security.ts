import { app, session, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { isOwnRendererUrl, safeExternalUrl, type RendererLocation } from './trust.js';

/** Opens an http(s) link in the system browser; anything else is dropped. */
function openOutside(url: string): void {
  const safe = safeExternalUrl(url);
  if (!safe) return;
  shell.openExternal(safe).catch((error: unknown) => {
    console.error(`[revue] could not open ${safe}:`, error);
  });
}

/**
 * Session-wide rules (Electron security checklist §5, §7): every permission refused — Revue
 * needs no camera, notifications or geolocation — and our CSP on every response.
 */
export function hardenSession(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
  target.setDevicePermissionHandler(() => false);
  target.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

/**
 * Per-page rules (checklist §12-§14): no navigation away from our renderer, no new windows,
 * no <webview>. A link the user clicks in an article goes to the system browser instead.
 */
export function guardWebContents(contents: WebContents, own: RendererLocation): void {
  contents.on('will-navigate', (event, url) => {
    if (isOwnRendererUrl(url, own)) return;
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnRendererUrl(url, own)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies guardWebContents to every page Electron creates, present and future. */
export function guardAllWebContents(own: RendererLocation): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, own));
}
