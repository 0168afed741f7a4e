// Long permission texts, asked from the background the first time a note is opened and kept
// for the life of the page (one request per group, however many rows show it).
import { detailsRequest, readDetailsReply } from '../../lib/messages/details-message';

export type LoadDetails = (id: string) => Promise<string | null>;

export function createDetailsLoader(send: (message: unknown) => Promise<unknown>): LoadDetails {
  const cache = new Map<string, Promise<string | null>>();
  return (id) => {
    let pending = cache.get(id);
    if (!pending) {
      pending = send(detailsRequest(id)).then(
        (reply) => readDetailsReply(reply, id),
        () => {
          cache.delete(id); // a failed request (e.g. extension reloading) may be retried later
          return null;
        },
      );
      cache.set(id, pending);
    }
    return pending;
  };
}
