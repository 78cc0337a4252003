/**
 * Per-tab scan results kept by the background in `storage.session` (survives the MV3 service
 * worker being stopped, cleared when the browser closes). The badge is derived from it.
 */
import type { MentionCounts } from './protocol.ts';

export interface TabScan {
  url: string;
  /** Mentions per frame id; the badge shows their sum. */
  frames: Record<string, MentionCounts>;
  updatedAt: number;
}

export const tabScanKey = (tabId: number): string => `tabScan:${tabId}`;

export function totalMentions(scan: TabScan | undefined): number {
  if (!scan) return 0;
  return Object.values(scan.frames).reduce((sum, counts) => sum + counts.total, 0);
}

/** Badge text: empty for none, the count up to 999, then 999+ (the badge has room for 4 chars). */
export function badgeTextFor(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}
