import { describe, expect, it } from 'vitest';
import { NEWS_HOSTS, siteRegion, urlRegion } from '../../lib/sites.ts';

describe('the region a site implies', () => {
  it('is Taiwan for .tw hosts and for udn.com, at any subdomain', () => {
    expect(siteRegion('news.ltn.com.tw')).toBe('台湾');
    expect(siteRegion('www.cna.com.tw')).toBe('台湾');
    expect(siteRegion('udn.com')).toBe('台湾');
    expect(siteRegion('UDN.COM.')).toBe('台湾');
    expect(siteRegion('money.udn.com')).toBe('台湾');
  });
  it('is Taiwan for Taiwanese outlets on other domains, which a reader may switch on', () => {
    for (const host of ['www.chinatimes.com', 'www.ettoday.net', 'www.setn.com', 'www.storm.mg', 'tw.news.yahoo.com', 'www.twreporter.org']) {
      expect(siteRegion(host), host).toBe('台湾');
    }
    expect(siteRegion('news.yahoo.com')).toBeUndefined();
    expect(siteRegion('hk.news.yahoo.com')).toBeUndefined();
  });
  it('is none for mainland, Hong Kong and overseas outlets, and for look-alike hosts', () => {
    for (const host of ['news.cn', 'www.thepaper.cn', 'mingpao.com', 'www.zaobao.com.sg', 'www.bbc.com', 'notudn.com', 'tw.example.com']) {
      expect(siteRegion(host), host).toBeUndefined();
    }
  });
  it('covers exactly the Taiwanese outlets among the default news hosts', () => {
    expect(NEWS_HOSTS.filter((host) => siteRegion(host) !== undefined)).toEqual(['udn.com', 'ltn.com.tw', 'cna.com.tw']);
  });
  it('reads a page URL, and nothing from a missing or malformed one', () => {
    expect(urlRegion('https://news.ltn.com.tw/news/society/breakingnews/1')).toBe('台湾');
    expect(urlRegion('https://www.news.cn/legal/2024.htm')).toBeUndefined();
    expect(urlRegion(undefined)).toBeUndefined();
    expect(urlRegion('not a url')).toBeUndefined();
  });
});
