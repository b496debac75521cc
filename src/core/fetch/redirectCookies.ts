/**
 * The cookies a site sets while redirecting, replayed on the next hops to that host.
 * Some news sites answer 302 + Set-Cookie and redirect to themselves (a consent or
 * "cookie check" step); without replaying the cookie they loop forever.
 * Deliberately minimal: per fetch, per host, name=value only, nothing persisted.
 */
export class RedirectCookies {
  private readonly byHost = new Map<string, Map<string, string>>();

  /** Remembers the Set-Cookie headers of a response received from url. */
  store(url: URL, headers: Headers): void {
    for (const line of headers.getSetCookie()) {
      const pair = line.split(';', 1)[0] ?? '';
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const jar = this.byHost.get(url.hostname) ?? new Map<string, string>();
      jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim());
      this.byHost.set(url.hostname, jar);
    }
  }

  /** The Cookie header to send to url, or null when the site set none. */
  header(url: URL): string | null {
    const jar = this.byHost.get(url.hostname);
    if (jar === undefined || jar.size === 0) return null;
    return [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}
