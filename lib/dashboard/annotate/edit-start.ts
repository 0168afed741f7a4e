// A token opened for editing (…/api-tokens/<id>/edit) starts from the dashboard's own Token
// Details reply (lib/page-replies): what the form doesn't show (yet) comes from the reply, what it
// shows comes from the form, so the review follows every edit. Permissions come from the reply
// only while the form shows none it can read (a form whose dropdowns look empty after loading,
// docs/dashboard.md §routes); once the form has shown permissions for this token, the form alone counts,
// even when all its rows are removed. The IP filter and dates come from the reply where the form
// has none or they can't be read. The reply adds what only it knows: status, issue and last use.
import type { PickedToken } from '../../page-replies/pick';
import { modelOfPicked } from '../../page-replies/to-model';
import type { TokenModel } from '../../policy/model';
import type { PageReading, SectionName } from '../types';

export function createEditStart() {
  /** Tokens whose form has shown permissions of its own. */
  const edited = new Set<string>();
  return (reading: PageReading, token: PickedToken | undefined): PageReading => {
    const dom = reading.model;
    if (!token || !dom) return reading;
    const api = modelOfPicked(token, dom.owner);
    const hasGrants = dom.policies.some((p) => p.permissions.length > 0);
    if (hasGrants) edited.add(token.id);
    const unread = new Set<SectionName>(reading.unread?.fields ?? []);
    const filled = new Set<SectionName>();
    const model: TokenModel = { ...dom };
    if (api && token.policies && !hasGrants && !edited.has(token.id)) {
      model.policies = api.policies;
      filled.add('permissions');
    }
    if (api && token.condition && (dom.ipFilter === undefined || unread.has('ip-filter'))) {
      model.ipFilter = api.ipFilter;
      filled.add('ip-filter');
    }
    if (api && (dom.ttl === undefined || unread.has('ttl'))) {
      model.ttl = api.ttl;
      filled.add('ttl');
    }
    if (api) {
      if (api.id) model.id = api.id;
      if (api.status) model.status = api.status;
      if (api.issuedOn) model.issuedOn = api.issuedOn;
      if (api.lastUsedOn) model.lastUsedOn = api.lastUsedOn;
      model.name ??= api.name;
    }
    const next: PageReading = { ...reading, model };
    if (reading.unread) {
      const fields = reading.unread.fields.filter((f) => !filled.has(f));
      const rows = filled.has('permissions') ? 0 : reading.unread.rows;
      if (fields.length || rows) next.unread = { fields, rows };
      else delete next.unread;
    }
    return next;
  };
}
