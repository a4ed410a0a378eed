/**
 * Read paths under load: a page of 50 guarantees with work and orderer, as the contractor's list
 * (`guarantees`) and the orderer's ledger (`ordererLedger`) serve it through the real app
 * (session, GraphQL, MikroORM), against a raw baseline: a bare node:http handler running one
 * hand-written SQL join on the same database and returning JSON.
 * Run: pnpm --filter @esurety/bench lists   (SQLite in a temporary directory; DATABASE_URL for PostgreSQL)
 */
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatContractNumber } from '@esurety/schema';
import { createApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { openDatabase, type Orm } from '../server/src/db/orm';
import { seedDemoData } from '../server/src/db/seeders/demo';
import { ApplicationStatus, GuaranteeApplication } from '../server/src/modules/applications/guarantee-application.entity';
import { CertificateFormat, GuaranteeKind } from '../server/src/modules/guarantees/guarantee-kind';
import { Guarantee } from '../server/src/modules/guarantees/guarantee.entity';
import { Branch } from '../server/src/modules/organisations/branch.entity';
import { OrdererView } from '../server/src/modules/verification/orderer-view.entity';
import { Work } from '../server/src/modules/works/work.entity';

const GUARANTEES = 300;
const REQUESTS = 300;
const CONCURRENCY = 8;

const LIST = `{ guarantees(first: 50) { edges { node { id contractNumber kind amount workName issuedAt work { name } orderer { name certificateTitle } } } } }`;
const LEDGER = `{ ordererLedger(first: 50) { edges { node { id contractNumber kind amount workName validity ordererView { lastViewedAt } contractor { name } orderer { name } } } } }`;

async function seedGuarantees(orm: Orm) {
  const em = orm.em.fork();
  const work = await em.findOneOrFail(Work, { name: '●●●●工事' }, { populate: ['contractor', 'orderer'] });
  const branch = await em.findOneOrFail(Branch, { name: '長野支店' });
  for (let i = 1; i <= GUARANTEES; i++) {
    const application = em.create(GuaranteeApplication, {
      contractor: work.contractor,
      work,
      destinationBranch: branch,
      status: ApplicationStatus.ISSUED,
    });
    const guarantee = em.create(Guarantee, {
      contractNumber: formatContractNumber(branch.officeCode, 50_000 + i),
      serial: 50_000 + i,
      kind: GuaranteeKind.ADVANCE_PAYMENT,
      certificateFormat: CertificateFormat.ELECTRONIC,
      application,
      work,
      contractor: work.contractor,
      orderer: work.orderer,
      branch,
      amount: 1_000_000 + i,
      deadline: work.endDate,
      workName: `${work.name} 第${i}工区`,
      workStartDate: work.startDate,
      workEndDate: work.endDate,
      issuedAt: new Date(Date.now() - i * 60_000),
    });
    const now = new Date();
    em.create(OrdererView, { guarantee, firstViewedAt: now, lastViewedAt: now, viewCount: 1 });
  }
  await em.flush();
}

/** The raw baseline: one SQL statement with the joins, no session, no GraphQL, no ORM entities. */
function rawServer(orm: Orm, contractorId: string): http.Server {
  const sql = `select g.id, g.contract_number, g.kind, g.amount, g.work_name, g.issued_at, w.name as work_name_full, o.name as orderer_name, o.certificate_title
    from guarantee g join work w on w.id = g.work_id join orderer o on o.id = g.orderer_id
    where g.contractor_id = ? order by g.created_at desc, g.id desc limit 50`;
  return http.createServer(async (_req, res) => {
    const rows = await orm.em.getConnection().execute(sql, [contractorId]);
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ data: rows }));
  });
}

async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($input: LoginInput!) { login(input: $input) { user { id } } }`,
      variables: { input: { email, password: 'esurety-demo' } },
    }),
  });
  return response.headers.get('set-cookie')!.split(';')[0];
}

/** Requests per second and latency percentiles, CONCURRENCY requests in flight. */
async function measure(send: () => Promise<Response>) {
  for (let i = 0; i < 20; i++) await (await send()).arrayBuffer(); // warm up
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < REQUESTS) {
        const t0 = performance.now();
        const response = await send();
        const body = (await response.json()) as { errors?: unknown };
        if (!response.ok || body.errors) throw new Error(`request failed: ${JSON.stringify(body).slice(0, 300)}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: REQUESTS / seconds, median: latencies[latencies.length >> 1], p95: latencies[Math.floor(latencies.length * 0.95)] };
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-bench-'));
  const config = {
    ...loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      DATA_DIR: dataDir,
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL, SECRET_KEY: Buffer.alloc(32, 7).toString('base64') } : {}),
    }),
  };
  const orm = await openDatabase(config.database);
  await seedDemoData(orm.em.fork());
  await seedGuarantees(orm);
  const app = await createApp(config, orm);
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const contractorId = (await orm.em.fork().findOneOrFail(Work, { name: '●●●●工事' })).contractor.id;
  const raw = rawServer(orm, contractorId);
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const rawUrl = `http://127.0.0.1:${(raw.address() as AddressInfo).port}`;

  const contractor = await login(url, 'contractor@demo.esurety.jp');
  const orderer = await login(url, 'matsumoto@demo.esurety.jp');
  const graphql = (cookie: string, query: string) => () =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify({ query }) });

  const baseline = await measure(() => fetch(rawUrl));
  const results = [
    ['raw SQL handler (baseline)', baseline],
    ['guarantees(first: 50), contractor', await measure(graphql(contractor, LIST))],
    ['ordererLedger(first: 50), orderer', await measure(graphql(orderer, LEDGER))],
  ] as const;

  console.log(`Read paths, ${config.database.kind}, ${GUARANTEES} guarantees, ${REQUESTS} requests, ${CONCURRENCY} in flight`);
  console.log('path'.padEnd(38), 'req/s'.padStart(8), 'median ms'.padStart(10), 'p95 ms'.padStart(8), 'vs raw'.padStart(8));
  for (const [name, r] of results) {
    console.log(
      name.padEnd(38),
      r.rps.toFixed(0).padStart(8),
      r.median.toFixed(1).padStart(10),
      r.p95.toFixed(1).padStart(8),
      `${((r.rps / baseline.rps) * 100).toFixed(0)}%`.padStart(8),
    );
  }

  raw.close();
  await app.stop();
  await orm.close(true);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
