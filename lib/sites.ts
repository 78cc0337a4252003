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
 * Every .tw host is Taiwanese, and so are these outlets on other domains (the reader can switch the
 * extension on there): 聯合新聞網, 中時新聞網, ETtoday, 三立, NOWnews, 風傳媒, 上報, 鏡週刊, 報導者,
 * CTWANT, Yahoo 奇摩新聞.
 */
const REGION_BY_SUFFIX: ReadonlyArray<readonly [suffix: string, region: string]> = [
  ['tw', '台湾'],
  ...[
    'udn.com', 'chinatimes.com', 'ettoday.net', 'setn.com', 'nownews.com', 'storm.mg', 'upmedia.mg',
    'mirrormedia.mg', 'twreporter.org', 'ctwant.com', 'tw.news.yahoo.com',
  ].map((host) => [host, '台湾'] as const),
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
