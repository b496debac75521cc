import { RevueError } from '../../shared/errors.js';

/**
 * Query parameters that say how a reader arrived, never which article they read.
 * Exact names; prefixes are in TRACKING_PREFIXES.
 */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'igshid', 'igsh', 'mc_cid', 'mc_eid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'oly_enc_id', 'oly_anon_id',
  'vero_id', 'ref', 'ref_src', 'ref_url', 'referrer', 'xtor', 'xtref', 'ocid', 'cmpid', 'smid', 'smtyp',
  'sr_share', 'ito', 'wt.mc_id', 'wt_mc', 'fb_action_ids', 'fb_action_types', 'fb_source', 'fb_ref',
  'spm', 'share_source', 'guccounter', 'guce_referrer', 'guce_referrer_sig',
]);

// utm_* (Google), at_* (AT Internet / Piano, used by most French publishers), ns_* (comScore).
const TRACKING_PREFIXES = ['utm_', 'at_', 'ns_', 'pk_', 'mtm_', 'hsa_'];

/**
 * Normalises an article URL into its identity for duplicate detection: two addresses that
 * a reader would agree show the same article give the same string. Not meant to be fetched.
 * Throws URL_INVALID when the input is not a URL at all; other schemes come back parsed, untouched.
 *
 * Decisions:
 * - http and https are unified to https: the same article served both ways is one article,
 *   and almost every publisher redirects one to the other.
 * - a leading "www." is dropped: press sites serve (or redirect) both names to the same page;
 *   two different publications on example.com and www.example.com do not occur in practice,
 *   while the same article shared under both names does, constantly. Other subdomains
 *   (m., amp., edition.) are kept: they are sometimes different sites.
 * - the fragment is dropped (it points inside the page), except hash-bang routes ("#!/…"),
 *   which some old sites use to name the article itself.
 * - tracking parameters are dropped, the others sorted so their order does not matter.
 * - a trailing slash is dropped except on the root; path case is kept (servers are case-sensitive).
 */
export function canonicalUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new RevueError('URL_INVALID', { url: input });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return url.href;

  const hashBang = url.hash.startsWith('#!') ? url.hash : '';
  const port = url.port === '80' || url.port === '443' ? '' : url.port;
  const host = url.hostname.replace(/\.$/, '').replace(/^www\./, '');
  const path = normalisePath(url.pathname);
  const query = normaliseQuery(url.searchParams);
  return `https://${host}${port === '' ? '' : `:${port}`}${path}${query}${hashBang}`;
}

function normalisePath(pathname: string): string {
  // %d8%a7 and %D8%A7 are the same byte: Arabic slugs arrive both ways from different sharers.
  const path = pathname.replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
  return path.length > 1 ? path.replace(/\/+$/, '') || '/' : '/';
}

function normaliseQuery(params: URLSearchParams): string {
  const kept = [...params].filter(([name]) => !isTracking(name.toLowerCase()));
  if (kept.length === 0) return '';
  kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  return `?${new URLSearchParams(kept).toString()}`;
}

function isTracking(name: string): boolean {
  return TRACKING_PARAMS.has(name) || TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix));
}
