// The public API of lib/: the dashboard script, the popup and tools import from here only.
export { lookupPermission, lookupKey } from './catalog';
export { parseApiToken } from './policy/parse-api-token';
export { parseDeepLink } from './policy/parse-deep-link';
export { isValidCidr, parseCidr } from './policy/ip';
export { analyze } from './analysis/analyze';
export { summarize } from './analysis/summarize';
export { normalizeOptions } from './analysis/options';
export { DEFAULT_OPTIONS } from './analysis/types';
export { RULE_CODES } from './analysis/rules';
export type { PermissionGroup, PermissionInfo, Scope, Level, Risk } from './catalog/types';
export type { TokenModel, Policy, Grant, Resource, IpFilter, ParseResult } from './policy/model';
export type { Finding, Severity, Target, AnalyzerOptions } from './analysis/types';
export type { Summary } from './analysis/summarize';
export { cleanPaste } from './token/clean-paste';
export { classifyToken } from './token/classify-token';
export { recipes, buildTokenLink } from './recipes';
export type { Recipe, RecipePermission, BuildLinkInput, BuildLinkResult } from './recipes';
