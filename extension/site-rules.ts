/**
 * Which sites the extension runs on: the built-in news sites (lib/sites.ts) plus the reader's
 * `alwaysOn` hosts, minus the `neverOn` hosts. Pure helpers shared by the popup's site switch, the
 * options page and the background's content-script registration.
 *
 * A rule is a bare host name. A neverOn rule covers the host and its subdomains (switching off
 * `news.cn` also silences `www.news.cn`); an alwaysOn rule is exactly one host, because it rests on
 * an optional host permission for that one origin (`*://host/*`).
 */
import { DEFAULT_CONTENT_MATCHES } from '../lib/sites.ts';
import type { SiteRules } from './settings.ts';

const HOST_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Canonical form of what a reader typed or what a URL holds: lower case, no scheme, path, port,
 * credentials or trailing dot; IDNs in their ASCII (punycode) form. `undefined` when it is not a
 * host name the browser could match (IP addresses are accepted; `localhost` too).
 */
export function canonicalHost(input: string): string | undefined {
  let text = input.trim().toLowerCase();
  if (!text) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//.test(text)) text = `http://${text}`;
  let host: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    host = url.hostname;
  } catch {
    return undefined;
  }
  host = host.replace(/\.$/, '');
  if (host.startsWith('[')) return host; // IPv6 literal, already validated by URL
  const labels = host.split('.');
  if (!labels.every((label) => HOST_LABEL.test(label))) return undefined;
  if (labels.length < 2 && host !== 'localhost') return undefined;
  return host;
}

/** The host of an http(s) page URL, or undefined for browser pages, files, PDFs viewers … */
export function hostOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return canonicalHost(parsed.hostname);
  } catch {
    return undefined;
  }
}

/** True when `rule` names `host` or one of its parent domains. */
export function ruleCovers(rule: string, host: string): boolean {
  return host === rule || host.endsWith(`.${rule}`);
}

/** Host parts of the manifest's content-script match patterns (`*.` prefix = with subdomains). */
const DEFAULT_PATTERNS = DEFAULT_CONTENT_MATCHES.map((pattern) => {
  const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  return host.startsWith('*.') ? { host: host.slice(2), subdomains: true } : { host, subdomains: false };
});

/** True when the manifest's content script runs on `host` without any reader action. */
export function isDefaultSite(host: string): boolean {
  return DEFAULT_PATTERNS.some((p) => (p.subdomains ? host.endsWith(`.${p.host}`) : host === p.host));
}

export type SiteState =
  /** Built-in news site, not switched off. */
  | 'default-on'
  /** Switched on by the reader (alwaysOn). */
  | 'on'
  /** Switched off by the reader (neverOn wins over everything). */
  | 'off'
  /** Not a news site and not switched on: the extension does not run here. */
  | 'not-enabled';

export function siteState(host: string, rules: SiteRules): SiteState {
  if (rules.neverOn.some((rule) => ruleCovers(rule, host))) return 'off';
  if (isDefaultSite(host)) return 'default-on';
  // alwaysOn is exact: it rests on an optional host permission for that one origin.
  if (rules.alwaysOn.includes(host)) return 'on';
  return 'not-enabled';
}

export function isSiteEnabled(host: string, rules: SiteRules): boolean {
  const state = siteState(host, rules);
  return state === 'default-on' || state === 'on';
}

function without(list: string[], host: string): string[] {
  return list.filter((rule) => !ruleCovers(rule, host) && !ruleCovers(host, rule));
}

/** The rules after the reader switches `host` off: never on, and no longer always on. */
export function switchSiteOff(rules: SiteRules, host: string): SiteRules {
  return { alwaysOn: without(rules.alwaysOn, host), neverOn: [...without(rules.neverOn, host), host] };
}

/**
 * The rules after the reader switches `host` on: removed from neverOn; added to alwaysOn unless it is
 * a built-in news site (which needs no rule — and no optional permission).
 */
export function switchSiteOn(rules: SiteRules, host: string): SiteRules {
  const neverOn = without(rules.neverOn, host);
  if (isDefaultSite(host)) return { alwaysOn: rules.alwaysOn, neverOn };
  const alwaysOn = rules.alwaysOn.includes(host) ? rules.alwaysOn : [...rules.alwaysOn, host];
  return { alwaysOn, neverOn };
}

/** Optional host permission patterns for a host switched on by the reader. */
export function originsForHost(host: string): string[] {
  return [`*://${host}/*`];
}

/** Match patterns the background registers the content script for: exactly the granted origins. */
export function matchPatternsFor(hosts: string[]): string[] {
  return hosts.flatMap(originsForHost);
}
