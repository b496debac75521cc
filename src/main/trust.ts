/**
 * The pure decisions behind the main process's guards: which page may call the API and which
 * links may leave the app. No Electron import, so they are tested under plain Node.
 */

/** Where our own renderer lives: the built file, or the dev server while developing. */
export type RendererLocation = { kind: 'file'; url: string } | { kind: 'dev'; origin: string };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The dev server's origin from ELECTRON_RENDERER_URL, or null unless it is plain http on a
 * loopback host: a poisoned environment must not make a remote page trusted.
 */
export function devServerOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  const url = parse(raw);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url.origin;
}

/**
 * True when `url` is our renderer: the very index.html file we load (any query or hash), or a
 * page of the dev server's origin. Everything else — other files, other origins, about:blank,
 * data: — is foreign.
 */
export function isOwnRendererUrl(url: string, expected: RendererLocation): boolean {
  const actual = parse(url);
  if (!actual) return false;
  if (expected.kind === 'dev') return actual.protocol === 'http:' && actual.origin === expected.origin;
  const own = parse(expected.url);
  if (!own || own.protocol !== 'file:') return false;
  // file://server/share/… (Windows UNC) is another machine's file, not ours.
  return actual.protocol === 'file:' && actual.host === own.host && actual.pathname === own.pathname;
}

/** What the IPC guard knows about the frame that sent a message. */
export interface SenderFacts {
  /** senderFrame.url, or null when the frame is gone (navigated away or destroyed). */
  frameUrl: string | null;
  /** True when the frame is its window's main frame (no parent). */
  isTopFrame: boolean;
  /** True when the sending webContents belongs to one of the windows we opened. */
  isOwnWindow: boolean;
}

/**
 * The validatedIpcMain rule (VS Code): a message is handled only when it comes from the top
 * frame of one of our windows showing our own renderer.
 */
export function isTrustedSender(sender: SenderFacts, expected: RendererLocation): boolean {
  return (
    sender.isOwnWindow && sender.isTopFrame && sender.frameUrl !== null && isOwnRendererUrl(sender.frameUrl, expected)
  );
}

/**
 * The URL to hand to the system browser, or null: only http(s), and no user:password@ part
 * (a classic way to disguise a host). Everything else (file:, javascript:, custom schemes that
 * launch local programs) is refused.
 */
export function safeExternalUrl(url: string): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password || !parsed.hostname) return null;
  return parsed.href;
}
