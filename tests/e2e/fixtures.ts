import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base } from '@playwright/test';
import { startBrowserMode, type Api, type BrowserMode } from './browserMode';

export { expect } from '@playwright/test';
export { articleOf, importTexts, reviewOfTexts, type Api, type BrowserMode } from './browserMode';

/**
 * The test's own web site: `serve` answers each request (`origin` is where it listens, for links
 * inside its pages). An object, since Playwright would take a bare function for a fixture.
 */
export interface Site {
  serve(request: IncomingMessage, response: ServerResponse, origin: string): void;
}

const NOT_FOUND = '<!DOCTYPE html><title>Introuvable</title>';

/** A site of article pages: `/slug.html` answers `pageOf(slug)`, or 404 when it has none. */
export function pagesBySlug(pageOf: (slug: string) => string | undefined): Site {
  return {
    serve: (request, response) => {
      const html = pageOf((request.url ?? '').replace(/^\/|\.html$/g, ''));
      response.writeHead(html === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html ?? NOT_FOUND);
    },
  };
}

interface Fixtures {
  /** `revue serve` over a fresh archive file, stopped after the test (its page closed first). */
  app: BrowserMode;
  /** The contract over HTTP with the launch token, typed by the contract's input and output types. */
  api: Api;
  /** The pages a spec imports, served by a local web site: set per file with `test.use({ site: { serve } })`. */
  site: Site;
  /** The local web site's origin (http://127.0.0.1:port), started for the test and closed after it. */
  origin: string;
}

/** The end-to-end tests' setup: every spec imports `test` and `expect` from here. */
export const test = base.extend<Fixtures>({
  app: async ({ page }, use) => {
    const app = await startBrowserMode();
    await use(app);
    // Closed first: the server's close() waits for the page's open connections.
    await page.close();
    await app.stop();
  },
  api: async ({ app, page }, use) => {
    await use((method, input) => app.api(page.request, method, input));
  },
  site: [pagesBySlug(() => undefined), { option: true }],
  origin: async ({ site }, use) => {
    let origin = '';
    const server = createServer((request, response) => site.serve(request, response, origin));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await use(origin);
    // The archive's fetcher may keep a connection alive: it is not waited for.
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  },
});
