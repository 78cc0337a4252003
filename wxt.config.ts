import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export default defineConfig({
  // Explicit imports everywhere: the DOM-free core in lib/ also runs in plain Node scripts.
  imports: false,
  vite: () => ({
    plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false })],
    build: { target: 'es2022' },
  }),
  webExt: {
    // `npm run dev` opens the system Chromium where it exists (browsers cannot be downloaded here).
    binaries: existsSync(SYSTEM_CHROMIUM) ? { chrome: SYSTEM_CHROMIUM } : undefined,
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      // Chromium refuses to start as root with its sandbox on (containers, CI machines).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'contextMenus', 'scripting', 'activeTab'],
    optional_host_permissions: ['*://*/*'],
    // MV3's default policy with 'wasm-unsafe-eval' added: the background compiles the matcher's
    // scan (lib/scanner.wat, bundled bytes; never fetched) to WebAssembly. Without it the
    // matcher scans in JavaScript, about 1.5× slower.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandNextMention__',
      },
      'previous-mention': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_commandPreviousMention__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zhengfa-lens@zhengfa-lens.org',
              // 140: first Firefox with the CSS Custom Highlight API enabled by default.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // 142: first Firefox for Android that understands data_collection_permissions.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
