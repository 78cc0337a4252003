import { describe, expect, it } from 'vitest';
import {
  canonicalHost,
  hostOfUrl,
  isDefaultSite,
  siteState,
  switchSiteOff,
  switchSiteOn,
} from '../../extension/site-rules.ts';

describe('site rules', () => {
  it('canonicalises what a reader types', () => {
    expect(canonicalHost(' HTTPS://www.Example.com:8443/path?q ')).toBe('www.example.com');
    expect(canonicalHost('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(canonicalHost('localhost')).toBe('localhost');
    expect(canonicalHost('127.0.0.1')).toBe('127.0.0.1');
    for (const bad of ['', 'no spaces.com', 'ftp://x.com', 'single', '-bad.com', 'chrome://extensions']) {
      expect(canonicalHost(bad)).toBeUndefined();
    }
  });

  it('reads hosts of web pages only', () => {
    expect(hostOfUrl('https://www.news.cn/a.html')).toBe('www.news.cn');
    expect(hostOfUrl('chrome://newtab/')).toBeUndefined();
    expect(hostOfUrl('file:///tmp/a.pdf')).toBeUndefined();
    expect(hostOfUrl(undefined)).toBeUndefined();
  });

  it('knows the built-in news sites', () => {
    expect(isDefaultSite('www.news.cn')).toBe(true);
    expect(isDefaultSite('news.cn')).toBe(true);
    expect(isDefaultSite('fakenews.cn')).toBe(false);
    expect(isDefaultSite('127.0.0.1')).toBe(true);
    expect(isDefaultSite('example.com')).toBe(false);
  });

  it('switches sites off and on', () => {
    const none = { alwaysOn: [], neverOn: [] };
    expect(siteState('www.news.cn', none)).toBe('default-on');
    const off = switchSiteOff(none, 'news.cn');
    expect(siteState('www.news.cn', off)).toBe('off');
    expect(switchSiteOn(off, 'www.news.cn')).toEqual(none);

    expect(siteState('blog.example.com', none)).toBe('not-enabled');
    const on = switchSiteOn(none, 'blog.example.com');
    expect(on).toEqual({ alwaysOn: ['blog.example.com'], neverOn: [] });
    expect(siteState('blog.example.com', on)).toBe('on');
    expect(siteState('other.example.com', on)).toBe('not-enabled');
    expect(switchSiteOff(on, 'blog.example.com')).toEqual({ alwaysOn: [], neverOn: ['blog.example.com'] });
    // Switching on twice does not duplicate the rule.
    expect(switchSiteOn(on, 'blog.example.com')).toEqual(on);
  });
});
