// The background's answer to a details request: the long text from the catalog's details files,
// led by the group's risk reason when the content script's catalog doesn't carry it (only critical
// groups' reasons ship with the lookups: size budget). Paragraphs are split on blank lines.
// Background only: importing this file bundles every long text.
import { permissionDetails } from '../catalog/details';
import { lookupPermission } from '../catalog/lookup';
import { lazyRiskReason } from '../catalog/reasons';
import type { DetailsReply, DetailsRequest } from './details-message';

type Lookup = (id: string) => string | undefined;

/** The ID a request names: the content script asks by reference (`#12`), the catalog here has IDs. */
function idOf(idOrRef: string): string {
  const info = lookupPermission(idOrRef);
  return info.known ? info.id : idOrRef;
}

export function answerDetails(request: DetailsRequest, lookup: Lookup = permissionDetails, reason: Lookup = lazyRiskReason): DetailsReply {
  const id = idOf(request.id);
  const parts = [reason(id), lookup(id)].filter((p): p is string => Boolean(p?.trim()));
  return { id: request.id, text: parts.length ? parts.join('\n\n') : null };
}
