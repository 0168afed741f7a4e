// A local HTTPS stand-in for api.cloudflare.com. Chromium reaches it through
// --host-resolver-rules, so the extension makes a real cross-origin request: a missing
// host permission fails here exactly as it would against Cloudflare. Like the real API it
// sends no CORS headers. Every request is recorded; each test can say what to answer.
import { createServer, type Server } from 'node:https';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface Seen {
  method: string;
  url: string;
  authorization: string | undefined;
  origin: string | undefined;
}

export interface Reply {
  status?: number;
  /** A value is sent as JSON; a string is sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering. */
  delay?: number;
  /** Close the connection without any answer, as a dropped network does. */
  drop?: boolean;
}

type Answer = Reply | ((req: Seen) => Reply);

export interface FakeCfApi {
  port: number;
  /**
   * The stand-in's throwaway certificate (PEM), for api.cloudflare.com and 127.0.0.1: a Node
   * client trusts it with NODE_EXTRA_CA_CERTS=certFile (the CLI's tests), nothing else does.
   */
  certFile: string;
  seen: Seen[];
  /** Answer every following request with this reply (or function). */
  answer(reply: Answer): void;
  /** Back to the default answers, and forget what was seen. */
  reset(): void;
  close(): Promise<void>;
}

export const VALID_TOKEN_ID = 'ed17574386854bf78a67040be0a770b0';

/** The token's own details (GET …/tokens/{id}): what a token without API Tokens Read gets. */
export const DETAILS_PATH = /^\/client\/v4\/(user|accounts\/[0-9a-f]{32})\/tokens\/[0-9A-Za-z]{1,32}$/;

/**
 * What the real API answers for a token it knows: an active token with no dates; asked for its
 * own details, a refusal (most tokens may not read them).
 */
export function defaultAnswer(req: Seen): Reply {
  const verify = /^\/client\/v4\/(user|accounts\/[0-9a-f]{32})\/tokens\/verify$/.test(req.url);
  if (!verify && DETAILS_PATH.test(req.url)) {
    return { status: 403, body: { success: false, errors: [{ code: 9109, message: 'Unauthorized to access requested resource' }], messages: [], result: null } };
  }
  if (!verify) {
    return { status: 404, body: { success: false, errors: [{ code: 7003, message: 'Could not route to ' + req.url }], messages: [], result: null } };
  }
  if (!req.authorization?.startsWith('Bearer ')) {
    return { status: 400, body: { success: false, errors: [{ code: 1001, message: 'Missing "Authorization" header' }], messages: [], result: null } };
  }
  return {
    status: 200,
    body: {
      result: { id: VALID_TOKEN_ID, status: 'active' },
      success: true,
      errors: [],
      messages: [{ code: 10000, message: 'This API Token is valid and active', type: null }],
    },
  };
}

function makeCert(dir: string): { key: Buffer; cert: Buffer } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
    '-subj', '/CN=api.cloudflare.com', '-addext', 'subjectAltName=DNS:api.cloudflare.com,IP:127.0.0.1',
    '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

export async function startFakeCfApi(): Promise<FakeCfApi> {
  const dir = mkdtempSync(join(tmpdir(), 'fake-cf-api-'));
  const seen: Seen[] = [];
  let answer: Answer = defaultAnswer;

  const server: Server = createServer(makeCert(dir), (req, res) => {
    const record: Seen = {
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      origin: req.headers.origin,
    };
    seen.push(record);
    const reply = typeof answer === 'function' ? answer(record) : answer;
    const send = () => {
      if (res.destroyed) return;
      if (reply.drop) {
        req.socket.destroy();
        return;
      }
      const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
      const type = typeof reply.body === 'string' ? 'text/html; charset=utf-8' : 'application/json';
      res.writeHead(reply.status ?? 200, { 'content-type': type, ...reply.headers });
      res.end(body);
    };
    if (reply.delay) setTimeout(send, reply.delay);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    certFile: join(dir, 'cert.pem'),
    seen,
    answer(next) {
      answer = next;
    },
    reset() {
      answer = defaultAnswer;
      seen.length = 0;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
