// Content script for the Cloudflare dashboard. Thin: the work lives in lib/ and components/.
export default defineContentScript({
  matches: ['https://dash.cloudflare.com/*'],
  runAt: 'document_idle',
  main() {
    document.documentElement.setAttribute('data-token-lens-loaded', '');
  },
});
