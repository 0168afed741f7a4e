// The catalog's public face. details.ts is deliberately not re-exported (bundle size).
export { lookupPermission, lookupKey } from './lookup';
export { allGroups } from './catalog';
export type { PermissionGroup, PermissionInfo, Scope, Level, Risk, KeyType } from './types';
