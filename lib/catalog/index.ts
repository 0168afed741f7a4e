// The catalog's public face, with its data (bundled.ts). details.ts is deliberately not
// re-exported (bundle size). Code that runs in the content script imports ./lookup instead.
import './bundled';

export { lookupPermission, lookupKey, keyTypeOf } from './lookup';
export { allGroups } from './catalog';
export type { PermissionGroup, PermissionInfo, Scope, Level, Risk, KeyType } from './types';
