/**
 * Webhook latency through the real server: the time from a change (the mutation's answer: the
 * transaction has committed) to the delivery's arrival at the receiver, measured on one clock.
 *
 * - idle: 〇〇建設 (contractor@demo) has a receiver; branch staff revoke one of its guarantees.
 * - behind a receiver that never answers: △△工業 (contractor2@demo) has a receiver that accepts
 *   the connection and never responds; staff revoke some of its guarantees, then one of 〇〇建設's.
 *   The budget: 〇〇建設's delivery still arrives within 2 s.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { branchGuaranteesToRevoke, deleteWebhookEndpoint, registerWebhookEndpoint, revokeGuarantee } from './operations';
import { send } from './lib/graphql';

export interface WebhookLatency {
  /** ms from the change to the arrival, no slow receiver anywhere */
  idleMs: number | null;
  /** ms from the change to the arrival while `deadDeliveries` wait for a receiver that never answers */
  behindDeadReceiverMs: number | null;
  deadDeliveries: number;
  /** how long the benchmark waited at most for one arrival */
  timeoutMs: number;
}

interface Cookies {
  contractor: string;
  contractor2: string;
  staff: string;
}

type Node = { id: string; status: string; contractor: { name: string } };

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
}

export async function measureWebhooks(
  appUrl: string,
  cookies: Cookies,
  options: { deadDeliveries: number; timeoutMs: number },
): Promise<WebhookLatency> {
  const arrivals = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const live = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const at = Date.now();
      for (const [id, wake] of waiting) {
        if (body.includes(id)) {
          arrivals.set(id, at);
          wake();
        }
      }
      res.writeHead(204).end();
    });
  });
  // Takes the connection and the request, and never answers.
  const dead = http.createServer(() => {});
  const liveUrl = await listen(live);
  const deadUrl = await listen(dead);

  const endpoints: { id: string; cookie: string }[] = [];
  const register = async (cookie: string, url: string) => {
    const data = await send<{ registerWebhookEndpoint: { webhookEndpoint: { id: string } } }>(
      appUrl,
      registerWebhookEndpoint(url, ['GUARANTEE_REVOKED']),
      cookie,
    );
    endpoints.push({ id: data.registerWebhookEndpoint.webhookEndpoint.id, cookie });
  };

  try {
    await register(cookies.contractor, liveUrl);
    await register(cookies.contractor2, deadUrl);
    const { guarantees } = await send<{ guarantees: { edges: { node: Node }[] } }>(appUrl, branchGuaranteesToRevoke(100), cookies.staff);
    const active = guarantees.edges.map((e) => e.node).filter((g) => g.status === 'ACTIVE');
    const ours = active.filter((g) => g.contractor.name === '〇〇建設株式会社');
    const theirs = active.filter((g) => g.contractor.name === '△△工業株式会社');
    if (ours.length < 2 || theirs.length < options.deadDeliveries) {
      throw new Error(`too few active guarantees of the two contractors in the branch's first page (${ours.length}, ${theirs.length})`);
    }

    /** Revokes `id` and waits for its delivery: ms from the committed change to the arrival, or null. */
    const timed = async (id: string): Promise<number | null> => {
      const arrived = new Promise<void>((resolve) => waiting.set(id, resolve));
      await send(appUrl, revokeGuarantee(id, 'ベンチマーク: Webhook の到着時間の計測'), cookies.staff);
      const changedAt = Date.now();
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, options.timeoutMs).unref());
      await Promise.race([arrived, timeout]);
      waiting.delete(id);
      const at = arrivals.get(id);
      return at === undefined ? null : Math.max(0, at - changedAt);
    };

    const idleMs = await timed(ours[0].id);
    for (const g of theirs.slice(0, options.deadDeliveries)) {
      await send(appUrl, revokeGuarantee(g.id, 'ベンチマーク: 応答しない受信先'), cookies.staff);
    }
    const behindDeadReceiverMs = await timed(ours[1].id);
    return { idleMs, behindDeadReceiverMs, deadDeliveries: options.deadDeliveries, timeoutMs: options.timeoutMs };
  } finally {
    for (const endpoint of endpoints) {
      await send(appUrl, deleteWebhookEndpoint(endpoint.id), endpoint.cookie).catch(() => undefined);
    }
    live.closeAllConnections();
    dead.closeAllConnections();
    live.close();
    dead.close();
  }
}
