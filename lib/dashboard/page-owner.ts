// Whose tokens a dashboard page is about, from its path (docs/dashboard.md §routes):
// /profile/api-tokens… is the user's, /<account id>/api-tokens… an account's. The page readers
// all ask here.
export function ownerOfPage(url: URL): 'user' | 'account' {
  return url.pathname.startsWith('/profile/') ? 'user' : 'account';
}
