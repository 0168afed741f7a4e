import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The narrowest manifest that works:
// - host permission for api.cloudflare.com only: the API sends no CORS headers and the
//   Authorization header forces a preflight, so the popup's fetch needs it.
// - content scripts only on dash.cloudflare.com (declared in entrypoints/dashboard.content.ts).
export default defineConfig({
  // TOKEN_LENS_OUT lets parallel work build into separate folders; CI uses the default.
  outDir: process.env.TOKEN_LENS_OUT || '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The polyfill makes `browser` promise-based everywhere, but the content script doesn't need it
    // (size budget, issue 6 §1): it only uses runtime.sendMessage and storage.sync/onChanged, which
    // return promises natively in Chrome MV3 and Firefox. Its build gets WXT's own `browser`
    // (globalThis.browser in Firefox, chrome in Chrome); the other entrypoints keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      if (entrypoints.every((e) => e.type === 'content-script') && alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  // The Firefox sources zip: leave out test and demo output.
  zip: { excludeSources: ['test-results/**', 'playwright-report/**', 'demo-output/**', 'bench-output/**', 'docs/screenshots/**'] },
  manifest: ({ browser }) => ({
    name: 'Token Lens for Cloudflare',
    description:
      'Explains Cloudflare API-token permissions in plain words, warns about over-broad tokens, and verifies pasted tokens.',
    permissions: ['storage', 'activeTab', 'contextMenus'],
    host_permissions: ['https://api.cloudflare.com/*'],
    action: { default_title: 'Token Lens: verify a Cloudflare token' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'token-lens@tokenlens.invalid',
          strict_min_version: '140.0',
          // The popup sends the token the user pastes to api.cloudflare.com: authentication info.
          data_collection_permissions: { required: ['authenticationInfo'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({ plugins: [preact()] }),
});
