// True only in the test build (`wxt build --mode test`, see package.json) and in Vitest (whose mode
// is "test" too). Whatever the end-to-end tests and the bench need to see inside the extension (the
// step attribute, User Timing marks, the menu click handler) hangs on it; the store build
// (`npm run build`, mode "production") has none of it, and tests/e2e/audit.spec.ts checks that.
export const TEST_BUILD: boolean = import.meta.env.MODE === 'test';
