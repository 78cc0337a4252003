/**
 * The options page: site rules, appearance (style, palette, live preview), tooltip delay, UI
 * language, reset. Every control writes its stored setting at once; open pages apply it live.
 */
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  highlightSettings,
  resetAllSettings,
  siteRules,
  TOOLTIP_DELAY_RANGE,
  uiLanguage,
  type HighlightSettings,
  type UiLanguage,
} from '../../extension/settings.ts';
import { isDefaultSite, originsForHost, switchSiteOff, switchSiteOn } from '../../extension/site-rules.ts';
import { useLocale, useStorageItem } from '../common/hooks.ts';
import { AppearancePreview } from './AppearancePreview.tsx';
import { HostList } from './HostList.tsx';

const LANGUAGES: { value: UiLanguage; key: 'optionsLanguageAuto' | 'optionsLanguageZhCN' | 'optionsLanguageZhTW' | 'optionsLanguageEn' }[] = [
  { value: 'auto', key: 'optionsLanguageAuto' },
  { value: 'zh_CN', key: 'optionsLanguageZhCN' },
  { value: 'zh_TW', key: 'optionsLanguageZhTW' },
  { value: 'en', key: 'optionsLanguageEn' },
];

export function OptionsApp() {
  const { locale, t } = useLocale();
  const settings = useStorageItem(highlightSettings);
  const rules = useStorageItem(siteRules);
  const language = useStorageItem(uiLanguage);
  const [status, setStatus] = useState('');

  if (!settings || !rules || !language) return <p class="muted">{t('commonLoading')}</p>;

  const update = (patch: Partial<HighlightSettings>) => void highlightSettings.setValue({ ...settings, ...patch });

  const addAlwaysOn = (host: string): Promise<string | undefined> | string | undefined => {
    if (isDefaultSite(host)) {
      void siteRules.setValue(switchSiteOn(rules, host)); // only leaves neverOn
      return t('optionsBuiltInHost');
    }
    // First call in the submit handler: the permission prompt needs the user gesture.
    return browser.permissions.request({ origins: originsForHost(host) }).then(
      async (granted) => {
        if (!granted) return t('optionsPermissionDenied');
        return siteRules.setValue(switchSiteOn(await siteRules.getValue(), host)).then(() => undefined, saveFailed);
      },
      () => t('optionsPermissionDenied'),
    );
  };
  const removeAlwaysOn = (host: string) => {
    void siteRules.setValue({ ...rules, alwaysOn: rules.alwaysOn.filter((h) => h !== host) });
    // Fewest permissions: the site's access goes with its rule.
    void browser.permissions.remove({ origins: originsForHost(host) }).catch(() => false);
  };
  // Sync storage has small quotas (8 KB per item): say so rather than lose the entry silently.
  const saveFailed = (error: unknown) => t('commonSaveFailed', [error instanceof Error ? error.message : String(error)]);
  const addNeverOn = (host: string) =>
    siteRules.setValue(switchSiteOff(rules, host)).then(() => undefined, saveFailed);
  const removeNeverOn = (host: string) =>
    void siteRules.setValue({ ...rules, neverOn: rules.neverOn.filter((rule) => rule !== host) });

  const reset = () => {
    if (!window.confirm(t('optionsResetConfirm'))) return;
    void resetAllSettings().then(() => setStatus(t('optionsResetDone')));
  };

  return (
    <>
      <header>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <main>
        <section aria-labelledby="sites-heading">
          <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
          <HostList
            id="always-on"
            heading={t('optionsAlwaysOnHeading')}
            help={t('optionsAlwaysOnHelp')}
            hosts={rules.alwaysOn}
            t={t}
            onAdd={addAlwaysOn}
            onRemove={removeAlwaysOn}
          />
          <HostList
            id="never-on"
            heading={t('optionsNeverOnHeading')}
            help={t('optionsNeverOnHelp')}
            hosts={rules.neverOn}
            t={t}
            onAdd={addNeverOn}
            onRemove={removeNeverOn}
          />
        </section>

        <section aria-labelledby="appearance-heading">
          <h2 id="appearance-heading">{t('optionsAppearanceHeading')}</h2>
          <fieldset>
            <legend>{t('optionsStyleLabel')}</legend>
            {(['background', 'underline'] as const).map((style) => (
              <label key={style}>
                <input
                  type="radio"
                  name="style"
                  value={style}
                  checked={settings.style === style}
                  onChange={() => update({ style })}
                />
                {t(style === 'background' ? 'optionsStyleBackground' : 'optionsStyleUnderline')}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('optionsPaletteLabel')}</legend>
            {(['default', 'colour-blind'] as const).map((palette) => (
              <label key={palette}>
                <input
                  type="radio"
                  name="palette"
                  value={palette}
                  checked={settings.palette === palette}
                  onChange={() => update({ palette })}
                />
                {t(palette === 'default' ? 'optionsPaletteDefault' : 'optionsPaletteColourBlind')}
              </label>
            ))}
          </fieldset>
          <AppearancePreview settings={settings} locale={locale} t={t} />
          <div class="field">
            <label for="tooltip-delay">{t('optionsDelayLabel')}</label>
            <input
              id="tooltip-delay"
              type="range"
              min={TOOLTIP_DELAY_RANGE.min}
              max={TOOLTIP_DELAY_RANGE.max}
              step={50}
              value={settings.tooltipDelayMs}
              aria-valuetext={t('optionsDelayValue', [settings.tooltipDelayMs])}
              onInput={(e) => update({ tooltipDelayMs: Number((e.target as HTMLInputElement).value) })}
            />
            <output for="tooltip-delay">{t('optionsDelayValue', [settings.tooltipDelayMs])}</output>
          </div>
        </section>

        <section aria-labelledby="language-heading">
          <h2 id="language-heading">{t('optionsLanguageHeading')}</h2>
          <div class="field">
            <label for="ui-language">{t('optionsLanguageLabel')}</label>
            <select
              id="ui-language"
              value={language}
              onChange={(e) => void uiLanguage.setValue((e.target as HTMLSelectElement).value as UiLanguage)}
            >
              {LANGUAGES.map(({ value, key }) => (
                <option key={value} value={value} lang={value === 'auto' ? undefined : value.replace('_', '-')}>
                  {t(key)}
                </option>
              ))}
            </select>
          </div>
        </section>

        <section aria-labelledby="reset-heading">
          <h2 id="reset-heading">{t('optionsResetHeading')}</h2>
          <button type="button" id="reset" onClick={reset}>
            {t('optionsReset')}
          </button>
          <p role="status" class="muted">
            {status}
          </p>
        </section>
      </main>
    </>
  );
}
