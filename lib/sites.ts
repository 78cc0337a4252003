/**
 * Hosts the content script runs on without asking: Chinese-language news and government sites
 * (mainland, Hong Kong, Taiwan, overseas outlets), plus loopback for fixture pages. Any other site
 * is switched on by the reader, which requests an optional host permission for that site only.
 */
export const NEWS_HOSTS: readonly string[] = [
  'news.cn', 'xinhuanet.com', 'people.com.cn', 'chinacourt.org', 'court.gov.cn', 'spp.gov.cn',
  'mps.gov.cn', 'moj.gov.cn', 'chinapeace.gov.cn', 'chinanews.com.cn', 'chinanews.com', 'thepaper.cn',
  'legaldaily.com.cn', 'cctv.com', 'gmw.cn', 'chinadaily.com.cn', 'china.com.cn', 'jcrb.com',
  'caixin.com', 'mingpao.com', 'on.cc', 'hk01.com', 'udn.com', 'ltn.com.tw', 'cna.com.tw',
  'zaobao.com', 'zaobao.com.sg', 'rfi.fr', 'dw.com', 'voachinese.com', 'bbc.com',
];

/** Match patterns for the manifest's content_scripts entry. */
export const DEFAULT_CONTENT_MATCHES: readonly string[] = [
  ...NEWS_HOSTS.flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]),
  'http://127.0.0.1/*',
  'http://localhost/*',
];

/**
 * Regions some sites report from, as the dataset's exclusion qualifiers spell them (folded). On a
 * Taiwanese outlet a bare 最高法院 is Taiwan's Supreme Court (lib/resolve.ts ResolveContext.region).
 * Every .tw host is Taiwanese; udn.com (聯合新聞網) is too.
 */
const REGION_BY_SUFFIX: ReadonlyArray<readonly [suffix: string, region: string]> = [
  ['tw', '台湾'],
  ['udn.com', '台湾'],
];

/** The region `hostname`'s site implies, or undefined (most sites, and any unknown host). */
export function siteRegion(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const [suffix, region] of REGION_BY_SUFFIX) {
    if (host === suffix || host.endsWith(`.${suffix}`)) return region;
  }
  return undefined;
}

/** siteRegion of a page's URL (undefined for a malformed or missing one). */
export function urlRegion(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return siteRegion(new URL(url).hostname);
  } catch {
    return undefined;
  }
}
