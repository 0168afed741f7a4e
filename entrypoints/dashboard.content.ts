// Content script for the Cloudflare dashboard. Thin: the work lives in lib/ and components/.
import { startDashboard } from '../components/dashboard/start';
import { startRecipesEntry } from '../components/dashboard/recipes-entry';
import { TEST_BUILD } from '../lib/build/test-build';

export default defineContentScript({
  matches: ['https://dash.cloudflare.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    // Test build only: tells the e2e tests the script ran (any page could read it).
    if (TEST_BUILD) document.documentElement.setAttribute('data-token-lens-loaded', '');
    startDashboard(ctx);
    startRecipesEntry(ctx);
  },
});
