import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  devServerOrigin,
  isOwnRendererUrl,
  isTrustedSender,
  safeExternalUrl,
  type RendererLocation,
} from '../../../src/main/trust.js';

const builtIndex = pathToFileURL('/opt/Revue/resources/app.asar/out/renderer/index.html').href;
const fileRenderer: RendererLocation = { kind: 'file', url: builtIndex };
const devRenderer: RendererLocation = { kind: 'dev', origin: 'http://localhost:5173' };
const fromOurPage = { frameUrl: builtIndex, isTopFrame: true, isOwnWindow: true };

describe('which page may call the API over IPC', () => {
  it('answers our own renderer page in its top frame, with or without a hash route', () => {
    expect(isTrustedSender(fromOurPage, fileRenderer)).toBe(true);
    expect(isTrustedSender({ ...fromOurPage, frameUrl: `${builtIndex}#/review/2024-05-02` }, fileRenderer)).toBe(true);
  });

  it('refuses an iframe inside our own page, even one showing our own file', () => {
    expect(isTrustedSender({ ...fromOurPage, isTopFrame: false }, fileRenderer)).toBe(false);
  });

  it('refuses a page of a window we did not open', () => {
    expect(isTrustedSender({ ...fromOurPage, isOwnWindow: false }, fileRenderer)).toBe(false);
  });

  it('refuses a frame that is already gone', () => {
    expect(isTrustedSender({ ...fromOurPage, frameUrl: null }, fileRenderer)).toBe(false);
  });

  it('refuses any other local file, remote page, about:blank or data: page', () => {
    for (const frameUrl of [
      pathToFileURL('/home/user/Downloads/article.html').href,
      pathToFileURL('/opt/Revue/resources/app.asar/out/renderer/other.html').href,
      'file://evil-server/opt/Revue/resources/app.asar/out/renderer/index.html',
      'https://example.com/opt/Revue/resources/app.asar/out/renderer/index.html',
      'about:blank',
      'data:text/html,<script>1</script>',
      'not a url',
    ]) {
      expect(isTrustedSender({ ...fromOurPage, frameUrl }, fileRenderer), frameUrl).toBe(false);
    }
  });

  it('in development, answers the dev server origin and nothing else', () => {
    const dev = { ...fromOurPage, frameUrl: 'http://localhost:5173/#/library' };
    expect(isTrustedSender(dev, devRenderer)).toBe(true);
    expect(isTrustedSender({ ...dev, frameUrl: 'http://localhost:5174/' }, devRenderer)).toBe(false);
    expect(isTrustedSender({ ...dev, frameUrl: 'https://localhost:5173/' }, devRenderer)).toBe(false);
    expect(isTrustedSender({ ...dev, frameUrl: builtIndex }, devRenderer)).toBe(false);
  });
});

describe('where the window may navigate', () => {
  it('stays on our renderer when only the route changes, and leaves nowhere else', () => {
    expect(isOwnRendererUrl(`${builtIndex}?lang=en#/library`, fileRenderer)).toBe(true);
    expect(isOwnRendererUrl('https://www.lemonde.fr/', fileRenderer)).toBe(false);
    expect(isOwnRendererUrl(pathToFileURL('/etc/passwd').href, fileRenderer)).toBe(false);
  });
});

describe('the dev server address taken from ELECTRON_RENDERER_URL', () => {
  it('keeps a loopback http address as its origin', () => {
    expect(devServerOrigin('http://localhost:5173')).toBe('http://localhost:5173');
    expect(devServerOrigin('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173');
    expect(devServerOrigin('http://[::1]:5173')).toBe('http://[::1]:5173');
  });

  it('ignores a missing, remote or non-http address', () => {
    for (const raw of [undefined, '', 'https://evil.example', 'http://192.168.1.9:5173', 'file:///tmp/x.html', 'nonsense']) {
      expect(devServerOrigin(raw), String(raw)).toBeNull();
    }
  });
});

describe('which links are opened in the system browser', () => {
  it('opens http and https links', () => {
    expect(safeExternalUrl('https://www.lemonde.fr/article?id=1')).toBe('https://www.lemonde.fr/article?id=1');
    expect(safeExternalUrl('http://example.com')).toBe('http://example.com/');
  });

  it('refuses local files, scripts and schemes that launch programs', () => {
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/x',
      'data:text/html,hi',
      '//example.com',
      'not a url',
    ]) {
      expect(safeExternalUrl(url), url).toBeNull();
    }
  });

  it('refuses a link that hides its host behind user:password@', () => {
    expect(safeExternalUrl('https://www.bank.com@evil.example/')).toBeNull();
  });
});
