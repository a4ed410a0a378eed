import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { createApp } from '../app';
import { loadConfig, type Config } from '../config';
import { openDatabase, type DatabaseTarget, type Orm } from '../db/orm';
import { seedDemoData } from '../db/seeders/demo';
import { createTemporaryPostgres } from '../db/temporary-database';
import type { Logger } from '../common/logger';

export interface TestDatabase {
  target: DatabaseTarget;
  drop(): Promise<void>;
}

/**
 * A fresh, empty database of the kind this test run is for (ESURETY_TEST_DB). `shared` asks for
 * one that several connections (several servers) can open: a file rather than memory on SQLite.
 */
export async function freshDatabase({ shared = false } = {}): Promise<TestDatabase> {
  if (process.env.ESURETY_TEST_DB === 'postgresql') {
    const pg = await createTemporaryPostgres('esurety_test');
    return { target: { kind: 'postgresql', url: pg.url }, drop: pg.drop };
  }
  if (!shared) return { target: { kind: 'sqlite', file: ':memory:' }, drop: async () => {} };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esurety-test-'));
  return {
    target: { kind: 'sqlite', file: path.join(dir, 'esurety.sqlite') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export interface TestServer {
  url: string;
  /** Every SQL statement sent since the server started; tests may clear it. */
  queries: string[];
  orm: Orm;
  config: Config;
  close(): Promise<void>;
}

/**
 * The real app on a random port, over a fresh database with the demo data, or over `database`
 * (which the caller then owns) as one more server process would.
 */
export async function startTestServer(
  options: {
    env?: Record<string, string>;
    database?: TestDatabase;
    /** Load the demo data into an empty database (default: yes). */
    seed?: boolean;
    /** Where the server logs (default: nowhere, as LOG_LEVEL is `silent` under tests). */
    logger?: Logger;
  } = {},
): Promise<TestServer> {
  const { env = {} } = options;
  const db = options.database ? { ...options.database, drop: async () => {} } : await freshDatabase();
  const queries: string[] = [];
  const orm = await openDatabase(db.target, { onQuery: (sql) => queries.push(stripVTControlCharacters(sql)) });
  if (options.seed ?? true) await seedDemoData(orm.em.fork());
  const secret = randomBytes(32).toString('base64');
  // Every test of a file acts from 127.0.0.1: the public requests' budget (5 per 10 minutes in
  // production) is lifted unless a test sets it.
  const config = {
    ...loadConfig({ NODE_ENV: 'test', PORT: '0', SECRET_KEY: secret, PUBLIC_REQUESTS_PER_TEN_MINUTES: '10000', ...env }),
    database: db.target,
  } as Config;
  const app = await createApp(config, orm, { logger: options.logger });
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    queries,
    orm,
    config,
    async close() {
      await app.stop();
      await orm.close(true);
      await db.drop();
    },
  };
}

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

/** A browser-like API client: it keeps the session cookie that the server sets. */
export class ApiClient {
  cookie: string | null = null;
  lastSetCookie: string | null = null;
  /** Sent with every request, e.g. X-Forwarded-For to act from another address. */
  headers: Record<string, string> = {};

  constructor(private readonly baseUrl: string) {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await this.post(JSON.stringify({ query, variables }));
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Posts a body as it is to /graphql, keeping the session cookie; the response is the caller's to read. */
  async post(body: string): Promise<Response> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.headers, ...(this.cookie ? { cookie: this.cookie } : {}) },
      body,
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      this.lastSetCookie = setCookie;
      const [pair] = setCookie.split(';');
      this.cookie = /=$/.test(pair) || /expires=Thu, 01 Jan 1970/i.test(setCookie) ? null : pair;
    }
    return response;
  }

  async login(email: string, password = 'esurety-demo') {
    const result = await this.gql(`mutation($input: LoginInput!) { login(input: $input) { user { id role } } }`, {
      input: { email, password },
    });
    if (result.errors) throw new Error(`login failed: ${result.errors[0].message}`);
    return result;
  }
}

export function errorCode(result: GraphQLResponse): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
