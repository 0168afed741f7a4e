// The background's answer to a details request: the long text from the catalog's details files,
// led by the group's risk reason when the content script's catalog doesn't carry it (only critical
// groups' reasons ship with the lookups: size budget). Paragraphs are split on blank lines.
// Background only: importing this file bundles every long text.
import { permissionDetails } from '../catalog/details';
import { lazyRiskReason } from '../catalog/reasons';
import type { DetailsReply, DetailsRequest } from './details-message';

type Lookup = (id: string) => string | undefined;

export function answerDetails(request: DetailsRequest, lookup: Lookup = permissionDetails, reason: Lookup = lazyRiskReason): DetailsReply {
  const parts = [reason(request.id), lookup(request.id)].filter((p): p is string => Boolean(p?.trim()));
  return { id: request.id, text: parts.length ? parts.join('\n\n') : null };
}
