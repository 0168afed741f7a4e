// Findings and options shared by every analyzer rule (one rule per file in lib/analysis/rules/).
import type { PermissionInfo } from '../catalog/types';
import type { Grant, TokenModel } from '../policy/model';
import type { Severity } from './severity';

// The scale and its order live in ./severity.
export type { Severity };

/** Where on the page (or in the token) a finding belongs. */
export type Target =
  | { kind: 'permission'; ref: string }
  | { kind: 'section'; section: 'permissions' | 'account-resources' | 'zone-resources' | 'ip-filter' | 'ttl' | 'token' };

export interface Finding {
  code: string;
  severity: Severity;
  title: string;
  why: string;
  fix: string;
  docs: string;
  target: Target;
}

export interface AnalyzerOptions {
  strictness: 'strict' | 'balanced' | 'relaxed';
  /** `long-lived` fires when the end date is further ahead than this. */
  maxLifetimeDays: number;
  /** `broad-token` fires above this many permission groups. */
  broadTokenGroups: number;
  /** Rule codes turned off. */
  disabledRules: string[];
  /** `unused-token` fires when the token's last use is longer ago than this (API data only). */
  unusedDays: number;
  /** `unused-token` fires when a never-used token was issued longer ago than this. */
  neverUsedDays: number;
}

export const DEFAULT_OPTIONS: AnalyzerOptions = {
  strictness: 'balanced',
  maxLifetimeDays: 90,
  broadTokenGroups: 10,
  disabledRules: [],
  unusedDays: 90,
  neverUsedDays: 30,
};

/** A grant with its catalog entry resolved, handed to every rule. */
export interface ResolvedGrant extends Grant {
  info: PermissionInfo;
  policyIndex: number;
  effect: 'allow' | 'deny';
}

/** What each rule receives: the model, its resolved grants, the options and the clock. */
export interface RuleInput {
  model: TokenModel;
  grants: ResolvedGrant[];
  options: AnalyzerOptions;
  now: Date;
}

export type Rule = (input: RuleInput) => Finding[];
