// The content script asks the background for the long text of a permission group (and, on the
// first token page, for the catalog: catalog-message.ts). Shared by both sides; imports no data:
// the long texts stay out of the content-script bundle, only the background has them.
export interface DetailsRequest {
  type: 'permission-details';
  id: string;
}

export interface DetailsReply {
  id: string;
  /** null when we have no long text for this group. */
  text: string | null;
}

const ID = /^[0-9a-f]{32}$/;

export function detailsRequest(id: string): DetailsRequest {
  return { type: 'permission-details', id };
}

/** Only well-formed requests for a 32-hex group ID are answered; anything else is ignored. */
export function isDetailsRequest(message: unknown): message is DetailsRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'permission-details' && typeof m.id === 'string' && ID.test(m.id);
}

/** Reads a reply defensively: it crossed a process boundary. */
export function readDetailsReply(reply: unknown, id: string): string | null {
  if (typeof reply !== 'object' || reply === null) return null;
  const r = reply as Record<string, unknown>;
  return r.id === id && typeof r.text === 'string' && r.text.trim() ? r.text : null;
}
