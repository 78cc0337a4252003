/** The options page in real Chromium: accessible, validated site lists, live appearance and language. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, saveReadmeScreenshot, useExtension } from './harness.ts';


async function stored(page: Page, key: string): Promise<unknown> {
  return page.evaluate(async (key) => (await chrome.storage.sync.get(key))[key], key);
}

describe('options page', () => {
  const ext = useExtension();

  it('has no axe violations and renders every section', async () => {
    const page = await ext.get().openExtensionPage('options.html');
    await page.setViewportSize({ width: 760, height: 1100 });
    await page.waitForSelector('#reset');
    expect(await page.locator('h2').count()).toBe(4);
    expect(await page.locator('.preview-list li').count()).toBe(5);
    expect(await axeViolations(page)).toEqual([]);
    await saveReadmeScreenshot(page, 'options.png', { fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('validates and edits the never-on list', async () => {
    const page = await ext.get().openExtensionPage('options.html');
    await page.waitForSelector('#never-on-input');
    await page.fill('#never-on-input', 'not a host');
    await page.press('#never-on-input', 'Enter');
    await page.waitForSelector('#never-on-error');
    expect(await page.getAttribute('#never-on-input', 'aria-invalid')).toBe('true');

    await page.fill('#never-on-input', 'https://WWW.Example.org/news/1');
    await page.click('#never-on-heading ~ form button[type="submit"]');
    await page.waitForSelector('#never-on-list [data-host="www.example.org"]');
    expect(await stored(page, 'siteRules')).toEqual({ alwaysOn: [], neverOn: ['www.example.org'] });

    await page.fill('#never-on-input', 'www.example.org');
    await page.press('#never-on-input', 'Enter');
    expect(await page.textContent('#never-on-error')).toBeTruthy();

    await page.click('#never-on-list [data-host="www.example.org"] button');
    await page.waitForSelector('#never-on-list [data-host="www.example.org"]', { state: 'detached' });
    expect(await stored(page, 'siteRules')).toEqual({ alwaysOn: [], neverOn: [] });

    // A built-in news site needs no always-on rule (nor a permission prompt).
    await page.fill('#always-on-input', 'www.news.cn');
    await page.press('#always-on-input', 'Enter');
    await page.waitForSelector('#always-on-error');
    expect(await stored(page, 'siteRules')).toEqual({ alwaysOn: [], neverOn: [] });
    await page.close();
  });

  it('applies appearance, delay and language live, in every open page', async () => {
    const session = ext.get();
    const page = await session.openExtensionPage('options.html');
    const popup = await session.openExtensionPage('popup.html?view=settings');
    await page.waitForSelector('.preview');
    await popup.waitForSelector('[role="tablist"]');

    await page.check('input[name="style"][value="underline"]');
    await page.waitForSelector('.preview[data-style="underline"]');
    const background = await page.$eval('.preview-sample', (el) => (el as HTMLElement).style.backgroundColor);
    expect(background).toBe('');
    await page.check('input[name="palette"][value="colour-blind"]');
    await page.waitForSelector('.preview[data-palette="colour-blind"]');
    expect(await page.$eval('[data-category="crime"] .preview-sample', (el) => (el as HTMLElement).style.textDecoration)).toContain('wavy');

    await page.fill('#tooltip-delay', '800');
    expect(await stored(page, 'highlightSettings')).toMatchObject({ style: 'underline', palette: 'colour-blind', tooltipDelayMs: 800 });

    await page.selectOption('#ui-language', 'en');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Zhengfa Lens settings');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    // The popup open in another tab follows.
    await popup.waitForFunction(() => document.querySelector('#popup-tab-settings')?.textContent === 'Settings');
    await page.selectOption('#ui-language', 'zh_TW');
    await popup.waitForFunction(() => document.querySelector('#popup-tab-all')?.textContent === '全部承諾');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('#reset');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === '政法透镜设置');
    expect(await stored(page, 'highlightSettings')).toEqual({
      disabledCategories: [],
      style: 'background',
      palette: 'default',
      tooltipDelayMs: 300,
    });
    await popup.close();
    await page.close();
  });
});
