/**
 * 设置: a switch per highlight category (its colour chip and this page's count) and the switch for
 * the current site. Changes are stored settings; every open page applies them live (watch()).
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { dataset } from '../../data/index.ts';
import type { CategoryId } from '../../data/schema.ts';
import type { Locale, Translate } from '../../extension/i18n.ts';
import { highlightSettings, siteRules, type HighlightSettings, type SiteRules } from '../../extension/settings.ts';
import { isDefaultSite, isSiteEnabled, originsForHost, switchSiteOff, switchSiteOn } from '../../extension/site-rules.ts';
import { CategoryChip } from '../common/CategoryChip.tsx';
import { Switch } from '../common/Switch.tsx';
import { categoryLabel } from '../common/text.ts';

export interface SettingsViewProps {
  locale: Locale;
  t: Translate;
  settings: HighlightSettings;
  rules: SiteRules;
  host?: string;
  counts: Partial<Record<CategoryId, number>>;
  /** After a non-default site was switched on and its permission granted (the background injects). */
  onSiteEnabled(host: string): Promise<void>;
}

export function SettingsView({ locale, t, settings, rules, host, counts, onSiteEnabled }: SettingsViewProps) {
  const [error, setError] = useState<string>();

  const toggleCategory = (id: CategoryId, on: boolean) => {
    const disabled = new Set(settings.disabledCategories);
    if (on) disabled.delete(id);
    else disabled.add(id);
    void highlightSettings.setValue({ ...settings, disabledCategories: [...disabled] });
  };

  const toggleSite = (on: boolean) => {
    if (!host) return;
    setError(undefined);
    if (!on) {
      void siteRules.setValue(switchSiteOff(rules, host));
      return;
    }
    if (isDefaultSite(host)) {
      void siteRules.setValue(switchSiteOn(rules, host));
      return;
    }
    // permissions.request must run inside the click's user gesture: first call, before any await.
    const request = browser.permissions.request({ origins: originsForHost(host) });
    // Stored at once: Firefox may close the popup while its permission prompt is open; the background
    // registers the script for this host as soon as the permission arrives (permissions.onAdded).
    const before = rules;
    void siteRules.setValue(switchSiteOn(rules, host));
    void request.then(
      async (granted) => {
        if (!granted) {
          setError(t('popupSitePermissionDenied'));
          await siteRules.setValue(before);
          return;
        }
        await onSiteEnabled(host);
      },
      () => setError(t('popupSitePermissionDenied')),
    );
  };

  return (
    <div class="settings-view">
      <section aria-labelledby="settings-categories">
        <h2 id="settings-categories">{t('popupSettingsCategories')}</h2>
        {dataset.categories.map((category) => (
          <Switch
            key={category.id}
            id={`category-${category.id}`}
            checked={!settings.disabledCategories.includes(category.id)}
            onChange={(on) => toggleCategory(category.id, on)}
            decoration={<CategoryChip category={category} />}
            detail={t('popupCategoryCount', [counts[category.id] ?? 0])}
          >
            {categoryLabel(category, locale)}
          </Switch>
        ))}
      </section>
      <section aria-labelledby="settings-site">
        <h2 id="settings-site">{t('popupSettingsSite')}</h2>
        {host ? (
          <Switch id="site-switch" checked={isSiteEnabled(host, rules)} onChange={toggleSite} detail={host}>
            {t('popupSiteSwitch')}
          </Switch>
        ) : (
          <p class="muted">{t('popupSiteUnavailable')}</p>
        )}
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </section>
      <p>
        <button type="button" class="link-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('popupOpenOptions')}
        </button>
      </p>
    </div>
  );
}
