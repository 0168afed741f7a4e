// Every rule, by code, in the order findings of equal severity are listed.
import type { Rule } from '../types';
import { accountTokenIncompatible } from './account-token-incompatible';
import { allAccounts } from './all-accounts';
import { allZones } from './all-zones';
import { broadToken } from './broad-token';
import { criticalPermission } from './critical-permission';
import { longLived } from './long-lived';
import { noExpiry } from './no-expiry';
import { noIpFilter } from './no-ip-filter';
import { redundantPermission } from './redundant-permission';
import { sensitiveRead } from './sensitive-read';
import { tokenMinting } from './token-minting';
import { unknownPermission } from './unknown-permission';
import { unusedToken } from './unused-token';
import { writeAccess } from './write-access';

export const RULES: Readonly<Record<string, Rule>> = {
  'token-minting': tokenMinting,
  'critical-permission': criticalPermission,
  'all-accounts': allAccounts,
  'all-zones': allZones,
  'no-ip-filter': noIpFilter,
  'no-expiry': noExpiry,
  'long-lived': longLived,
  'unused-token': unusedToken,
  'write-access': writeAccess,
  'sensitive-read': sensitiveRead,
  'broad-token': broadToken,
  'redundant-permission': redundantPermission,
  'account-token-incompatible': accountTokenIncompatible,
  'unknown-permission': unknownPermission,
};

export const RULE_CODES = Object.keys(RULES);
