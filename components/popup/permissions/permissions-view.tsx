// A verified token's own permissions, read from GET …/tokens/{id}: one item per permission
// group, where it applies, and what the analyzer says about the whole token. Loaded with its
// chunk (the catalog and the analyzer) by components/popup/permissions-panel.tsx.
import { useEffect, useState } from 'preact/hooks';
import { analyze } from '../../../lib/analysis/analyze';
import { worst } from '../../../lib/analysis/severity';
import type { AnalyzerOptions } from '../../../lib/analysis/types';
import { lookupPermission } from '../../../lib/catalog';
import { parseApiToken } from '../../../lib/policy/parse-api-token';
import { loadSettings } from '../../settings-storage';
import { FindingList, SEVERITY_TONE, SEVERITY_WORD } from '../recipes/finding-list';
import '../recipes/recipes.css';
import { where } from './where';

export interface PermissionsViewProps {
  /** The token object from the reply's `result`. */
  result: unknown;
  owner: 'user' | 'account';
}

/** The analyzer options the user chose on the options page; the defaults until they are read. */
function useAnalyzerOptions(): Partial<AnalyzerOptions> {
  const [options, setOptions] = useState<Partial<AnalyzerOptions>>({});
  useEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setOptions(s.options), () => undefined);
    return () => void (live = false);
  }, []);
  return options;
}

export function PermissionsView({ result, owner }: PermissionsViewProps) {
  const options = useAnalyzerOptions();
  const parsed = parseApiToken(result, { owner });
  if (!parsed.ok) {
    // The parser's sentence may quote the reply: it is not shown.
    return <p class="hint" data-testid="permissions-unavailable">Cloudflare sent its permissions in a form Token Lens can't read, so they are not shown.</p>;
  }
  const model = parsed.value;
  const findings = analyze(model, options);
  const items = model.policies.flatMap((policy) => policy.permissions.map((grant) => ({ policy, grant })));
  return (
    <>
      <ul class="perms" data-testid="permissions">
        {items.map(({ policy, grant }) => {
          const own = findings.filter((f) => f.target.kind === 'permission' && f.target.ref === grant.ref);
          const top = worst(own.map((f) => f.severity));
          const info = grant.id ? lookupPermission(grant.id, grant.scope) : undefined;
          // The dashboard's label ("DNS Edit") when the ID is known; else the name the reply gave.
          const label = info?.known ? info.label : grant.name;
          return (
            <li key={grant.ref} data-permission-id={grant.id ?? ''} data-effect={policy.effect}>
              <strong>
                {label}
                {top && <> <span class="badge" data-tone={SEVERITY_TONE[top]}>{SEVERITY_WORD[top]}</span></>}
              </strong>
              <span>{where(policy)}</span>
            </li>
          );
        })}
      </ul>
      {!items.length && <p class="hint">It has no permission groups.</p>}
      <h3>What Token Lens says about it</h3>
      <FindingList findings={findings} testId="permission-findings" />
    </>
  );
}
