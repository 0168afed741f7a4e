// The background's answer to a details request: the long text from the catalog's details files.
// Background only: importing this file bundles every long text.
import { permissionDetails } from '../catalog/details';
import type { DetailsReply, DetailsRequest } from './details-message';

export function answerDetails(request: DetailsRequest, lookup: (id: string) => string | undefined = permissionDetails): DetailsReply {
  return { id: request.id, text: lookup(request.id) ?? null };
}
