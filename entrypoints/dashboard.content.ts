// Content script for the Cloudflare dashboard. Thin: the work lives in lib/ and components/.
import { startDashboard } from '../components/dashboard/start';
import { startRecipesEntry } from '../components/dashboard/recipes-entry';

export default defineContentScript({
  matches: ['https://dash.cloudflare.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    document.documentElement.setAttribute('data-token-lens-loaded', '');
    startDashboard(ctx);
    startRecipesEntry(ctx);
  },
});
