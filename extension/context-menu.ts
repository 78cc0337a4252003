/**
 * The selection context menu «在政法透镜中查找“%s”»: looks the selected text up in the commitments
 * (lib/search.ts, the same search as the popup) and shows the results in the popup's 全部承诺 view.
 */
import type { CommitmentSearch } from '../lib/search.ts';
import type { BrowserApi } from './browser-api.ts';
import type { Translate } from './i18n.ts';
import type { PopupRoute } from './protocol.ts';

export const LOOKUP_MENU_ID = 'zhengfa-lookup';
/** Longest selection the lookup takes (a paragraph); the menu shows the browser's own excerpt. */
export const MAX_SELECTION = 500;

/** (Re)creates the menu item in the reader's UI language. Safe to call on every worker start. */
export async function setUpContextMenu(api: BrowserApi, t: Translate): Promise<void> {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookup'), contexts: ['selection'] });
}

export async function retitleContextMenu(api: BrowserApi, t: Translate): Promise<void> {
  await api.contextMenus.update(LOOKUP_MENU_ID, { title: t('menuLookup') });
}

export interface LookupResult {
  query: string;
  ids: string[];
  route: PopupRoute;
}

/** The lookup itself, without opening anything. */
export function lookupSelection(search: CommitmentSearch, selection: string): LookupResult {
  const query = selection.replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
  return { query, ids: search.lookup(query), route: { view: 'all', query } };
}

/**
 * contextMenus.onClicked: looks the selection up and opens the popup's full list at that query.
 * Returns undefined for other menu items or an empty selection.
 */
export async function handleMenuClick(
  search: CommitmentSearch,
  info: { menuItemId: string | number; selectionText?: string },
  tab: { id?: number; windowId?: number; index?: number } | undefined,
  open: (route: PopupRoute, tab?: { id?: number; windowId?: number; index?: number }) => Promise<unknown>,
): Promise<LookupResult | undefined> {
  if (info.menuItemId !== LOOKUP_MENU_ID || !info.selectionText?.trim()) return undefined;
  const result = lookupSelection(search, info.selectionText);
  await open(result.route, tab);
  return result;
}
