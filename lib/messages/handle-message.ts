// The background's message router: one place that decides which messages get an answer.
// Returns undefined for messages that are not ours, so other listeners can answer them.
import { bundledCatalog } from '../catalog/bundled';
import type { CompactCatalog } from '../catalog/compact';
import { isCatalogRequest } from './catalog-message';
import { isDetailsRequest, type DetailsReply } from './details-message';
import { answerDetails } from './permission-details';

export function handleMessage(message: unknown): Promise<DetailsReply | CompactCatalog> | undefined {
  if (isDetailsRequest(message)) return Promise.resolve(answerDetails(message));
  if (isCatalogRequest(message)) return Promise.resolve(bundledCatalog);
  return undefined;
}
