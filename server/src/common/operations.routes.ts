import { timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';
import express from 'express';
import type { Orm } from '../db/orm';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

/** A database that has not answered `select 1` within this long is not ready. */
const READY_TIMEOUT_MS = 2_000;

/**
 * The operator's endpoints: `/healthz` (liveness: the process answers), `/readyz` (readiness:
 * 200 only when the database answers, else 503) and `/metrics` (Prometheus; see metricsAllowed).
 */
export function operationsRouter(orm: Orm, metrics: Metrics, options: { metricsToken: string | null; logger: Logger }) {
  const router = express.Router();

  router.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      await databaseAnswers(orm);
      res.json({ ok: true, database: 'ok' });
    } catch (error) {
      options.logger.warn({ err: error }, 'not ready: the database does not answer');
      res.status(503).json({ ok: false, database: 'unavailable' });
    }
  });

  router.get('/metrics', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    const allowed = metricsAllowed(req, options.metricsToken);
    if (allowed === 'unauthorized') {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('METRICS_TOKEN required\n');
      return;
    }
    if (allowed === 'hidden') {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    const { contentType, body } = await metrics.exposition();
    res.setHeader('Content-Type', contentType);
    res.send(body);
  });

  return router;
}

async function databaseAnswers(orm: Orm): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([orm.em.getConnection().execute('select 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * With METRICS_TOKEN set, /metrics wants `Authorization: Bearer <METRICS_TOKEN>` (401 without).
 * Without it, /metrics answers only a request from this machine's loopback that no proxy relayed
 * (no Forwarded or X-Forwarded-For header), and is not there (404) for anyone else.
 */
export function metricsAllowed(req: express.Request, metricsToken: string | null): 'allowed' | 'unauthorized' | 'hidden' {
  if (metricsToken) {
    const match = /^Bearer +(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
    if (!match) return 'unauthorized';
    const given = Buffer.from(match[1]);
    const expected = Buffer.from(metricsToken);
    return given.length === expected.length && timingSafeEqual(given, expected) ? 'allowed' : 'unauthorized';
  }
  const relayed = req.headers['x-forwarded-for'] !== undefined || req.headers.forwarded !== undefined;
  return !relayed && isLoopback(req.socket.remoteAddress) ? 'allowed' : 'hidden';
}

function isLoopback(address: string | undefined): boolean {
  if (!address || !isIP(address)) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
