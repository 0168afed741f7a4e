// Every rule's descriptor, in the order findings of equal severity are listed. Everything else
// that lists rules is made from RULE_DESCRIPTORS: the analyzer's table (RULES), the options page's
// checks (lib/settings/rule-info.ts), the CLI's SARIF rules.
import type { RuleDescriptor } from '../rule';
import type { Rule } from '../types';
import { accountTokenIncompatibleRule } from './account-token-incompatible';
import { allAccountsRule } from './all-accounts';
import { allZonesRule } from './all-zones';
import { broadTokenRule } from './broad-token';
import { criticalPermissionRule } from './critical-permission';
import { longLivedRule } from './long-lived';
import { noExpiryRule } from './no-expiry';
import { noIpFilterRule } from './no-ip-filter';
import { redundantPermissionRule } from './redundant-permission';
import { sensitiveReadRule } from './sensitive-read';
import { tokenMintingRule } from './token-minting';
import { unknownPermissionRule } from './unknown-permission';
import { unusedTokenRule } from './unused-token';
import { writeAccessRule } from './write-access';

export const RULE_DESCRIPTORS: readonly RuleDescriptor[] = [
  tokenMintingRule,
  criticalPermissionRule,
  allAccountsRule,
  allZonesRule,
  noIpFilterRule,
  noExpiryRule,
  longLivedRule,
  unusedTokenRule,
  writeAccessRule,
  sensitiveReadRule,
  broadTokenRule,
  redundantPermissionRule,
  accountTokenIncompatibleRule,
  unknownPermissionRule,
];

/** Each rule's check by code, in the descriptors' order: what analyze() runs. */
export const RULES: Readonly<Record<string, Rule>> = Object.fromEntries(RULE_DESCRIPTORS.map((d) => [d.code, d.check]));

export const RULE_CODES = RULE_DESCRIPTORS.map((d) => d.code);
