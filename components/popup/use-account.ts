// The Account ID and where it came from: the dashboard tab that is open, a paste into the token
// field that named one (CLOUDFLARE_ACCOUNT_ID=…), or the user typing it. A tab's ID never
// replaces one already there; a paste's does (it came with the token).
import { useEffect, useState } from 'preact/hooks';
import { useTabAccount } from './use-tab-account';

export type AccountSource = 'tab' | 'paste' | 'typed';

export interface Account {
  id: string;
  source: AccountSource | null;
  set(id: string, source: AccountSource): void;
}

export function useAccount(): Account {
  const [id, setId] = useState('');
  const [source, setSource] = useState<AccountSource | null>(null);
  const tab = useTabAccount();
  useEffect(() => {
    if (!tab || id) return;
    setId(tab);
    setSource('tab');
  }, [tab]);
  return {
    id,
    source,
    set(next, from) {
      setId(next);
      setSource(from);
    },
  };
}
