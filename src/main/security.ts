import { app, session, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/csp.js';
import { isOwnRendererUrl, safeExternalUrl, type RendererLocation } from './trust.js';

/** Opens an http(s) link in the system browser; anything else is dropped. */
function openOutside(url: string): void {
  const safe = safeExternalUrl(url);
  if (!safe) return;
  const opening = shell.openExternal(safe); // eng-disable OPEN_EXTERNAL_JS_CHECK: http(s) only, see safeExternalUrl
  opening.catch((error: unknown) => {
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
      // Electronegativity cannot read a constant policy; tests/unit/main/csp.test.ts checks its text.
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] }, // eng-disable CSP_GLOBAL_CHECK
    });
  });
}

/**
 * Per-page rules (checklist §12-§14): no navigation away from our renderer, no redirect, no new
 * windows, no <webview>. A link the user clicks in an article carries target="_blank" (the
 * renderer's sanitiser sets it), so it arrives at the window-open handler, which hands http(s)
 * to the system browser and refuses the rest. A top-level navigation is only refused: links do
 * not navigate our page, so one can only come from a script or a meta refresh, never a click.
 */
export function guardWebContents(contents: WebContents, own: RendererLocation): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnRendererUrl(url, own)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (details) => {
    if (!isOwnRendererUrl(details.url, own)) details.preventDefault();
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
