/**
 * The raw baselines: a bare node:http server on the same database, with the driver the app uses
 * underneath (libsql for SQLite, pg for PostgreSQL), no framework, no GraphQL, no ORM. Each
 * handler does the work its app counterpart must do, with the same statements (the session of
 * the cookie with the user's organisation, the count, the page with its joins in the keyset
 * order), and answers the same JSON shape:
 *
 *   POST /lists/guarantees   the session's contractor's or branch's guarantees (DeliveryGuarantees)
 *   POST /lists/ledger       the orderer's ledger (OrdererLedger)
 *   POST /lists/applications the contractor's applications (Applications)
 *   POST /verify             {contractNumber, authKey}: lookup, HMAC check, the attempt and the
 *                            orderer's view in one transaction, the audit record, the certificate
 *                            and history (VerifyGuarantee)
 *
 * Environment: RAW_PORT, RAW_SQLITE_FILE or DATABASE_URL, SECRET_KEY.
 */
import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import Database from 'libsql';
import pg from 'pg';
import { readContractNumber, todayInJapan } from '@esurety/schema';
import { deriveKeyring } from '../server/src/common/secrets';
import { authKeyMatches } from '../server/src/modules/guarantees/auth-keys';
import { PAGE_SIZE } from './operations';

type Row = Record<string, unknown>;

interface Db {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<void>;
  transaction(work: (db: Db) => Promise<void>): Promise<void>;
  /** a timestamp as the database stores it */
  time(date: Date): unknown;
}

function sqlite(file: string): Db {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = on');
  const self: Db = {
    all: async (sql, params = []) => db.prepare(sql).all(...params) as Row[],
    run: async (sql, params = []) => void db.prepare(sql).run(...params),
    // One connection, synchronous statements: the transaction is not interleaved with others.
    transaction: async (work) => {
      db.exec('begin immediate');
      try {
        await work(self);
        db.exec('commit');
      } catch (error) {
        db.exec('rollback');
        throw error;
      }
    },
    time: (date) => date.getTime(),
  };
  return self;
}

function postgres(url: string): Db {
  pg.types.setTypeParser(1082, (value) => value); // date: the ISO day as it is
  pg.types.setTypeParser(20, (value) => Number(value)); // bigint: yen and counts
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const numbered = (sql: string) => {
    let n = 0;
    return sql.replace(/\?/g, () => `$${++n}`);
  };
  const over = (client: pg.Pool | pg.PoolClient): Db => ({
    all: async (sql, params = []) => (await client.query(numbered(sql), params)).rows as Row[],
    run: async (sql, params = []) => void (await client.query(numbered(sql), params)),
    transaction: async (work) => {
      const connection = await pool.connect();
      try {
        await connection.query('begin');
        await work(over(connection));
        await connection.query('commit');
      } catch (error) {
        await connection.query('rollback');
        throw error;
      } finally {
        connection.release();
      }
    },
    time: (date) => date,
  });
  return over(pool);
}

const db = process.env.DATABASE_URL ? postgres(process.env.DATABASE_URL) : sqlite(process.env.RAW_SQLITE_FILE!);
const keyring = deriveKeyring(Buffer.from(process.env.SECRET_KEY!, 'base64'));

const iso = (value: unknown) => (value === null || value === undefined ? null : new Date(value as number | string | Date).toISOString());
const cursorOf = (row: Row) => Buffer.from(JSON.stringify([iso(row.created_at), row.id])).toString('base64url');
const validityOf = (status: unknown, deadline: unknown) =>
  status === 'REVOKED' ? 'REVOKED' : String(deadline) < todayInJapan(new Date()) ? 'EXPIRED' : 'VALID';

/** The same statement as the app's: the session with its user and the user's organisation. */
async function sessionUser(cookie: string | undefined): Promise<Row | null> {
  const token = /(?:^|;\s*)esurety_session=([^;]+)/.exec(cookie ?? '')?.[1];
  if (!token) return null;
  const rows = await db.all(
    `select s.expires_at, u.id, u.role, u.contractor_id, u.branch_id, u.orderer_id, c.name as c_name, b.name as b_name, o.name as o_name
     from "session" s inner join "user" u on s.user_id = u.id
     left join contractor c on u.contractor_id = c.id
     left join (branch b inner join guarantor g on b.guarantor_id = g.id) on u.branch_id = b.id
     left join orderer o on u.orderer_id = o.id
     where s.token_hash = ? limit 1`,
    [createHash('sha256').update(decodeURIComponent(token)).digest('hex')],
  );
  const row = rows[0];
  if (!row || new Date(row.expires_at as number).getTime() <= Date.now()) return null;
  return row;
}

function page<T>(rows: Row[], node: (row: Row) => T, withCursor = false) {
  const shown = rows.slice(0, PAGE_SIZE);
  return {
    pageInfo: { hasNextPage: rows.length > PAGE_SIZE, endCursor: shown.length ? cursorOf(shown.at(-1)!) : null },
    edges: shown.map((row) => (withCursor ? { cursor: cursorOf(row), node: node(row) } : { node: node(row) })),
  };
}

/** The same total as the app's for an unfiltered list: the scope's counter row (scope_count). */
async function scopeCount(scope: string, scopeId: unknown): Promise<Row[]> {
  const rows = await db.all(`select count from scope_count where scope = ? and scope_id = ?`, [scope, String(scopeId)]);
  return rows.length ? rows : [{ count: 0 }];
}

async function guarantees(user: Row) {
  const scope = user.role === 'CONTRACTOR' ? 'contractor_id' : 'branch_id';
  const scopeId = user.role === 'CONTRACTOR' ? user.contractor_id : user.branch_id;
  const [[{ count }], rows] = await Promise.all([
    scopeCount(user.role === 'CONTRACTOR' ? 'guarantee.contractor' : 'guarantee.branch', scopeId),
    db.all(
      `select g0.id, g0.created_at, g0.kind, g0.certificate_format, g0.contract_number, g0.status, g0.work_name,
         o2.id as o_id, o2.certificate_title as o_certificate_title, w1.id as w_id, w1.contract_amount as w_contract_amount
       from guarantee g0 inner join work w1 on g0.work_id = w1.id inner join orderer o2 on g0.orderer_id = o2.id
       left join orderer_view o3 on g0.id = o3.guarantee_id
       where g0.${scope} = ? order by g0.created_at desc, g0.id desc limit ?`,
      [scopeId, PAGE_SIZE + 1],
    ),
  ]);
  return {
    guarantees: {
      boundedCount: boundedCount(Number(count)),
      ...page(rows, (r) => ({
        id: r.id,
        kind: r.kind,
        certificateFormat: r.certificate_format,
        contractNumber: r.contract_number,
        status: r.status,
        workName: r.work_name,
        orderer: { id: r.o_id, certificateTitle: r.o_certificate_title },
        work: { id: r.w_id, contractAmount: Number(r.w_contract_amount) },
      })),
    },
  };
}

async function ledger(user: Row) {
  const [[{ count }], rows] = await Promise.all([
    scopeCount('ledger.orderer', user.orderer_id),
    db.all(
      `select g0.id, g0.created_at, g0.contract_number, g0.kind, g0.work_name, g0.amount, g0.status, g0.deadline, g0.revoked_at,
         c1.id as c_id, c1.name as c_name, o2.id as v_id, o2.first_viewed_at, o2.last_viewed_at, o2.view_count
       from guarantee g0 inner join contractor c1 on g0.contractor_id = c1.id left join orderer_view o2 on g0.id = o2.guarantee_id
       where g0.orderer_id = ? and o2.id is not null order by g0.created_at desc, g0.id desc limit ?`,
      [user.orderer_id, PAGE_SIZE + 1],
    ),
  ]);
  return {
    ordererLedger: {
      boundedCount: boundedCount(Number(count)),
      ...page(rows, (r) => ({
        id: r.id,
        contractNumber: r.contract_number,
        kind: r.kind,
        workName: r.work_name,
        amount: Number(r.amount),
        validity: validityOf(r.status, r.deadline),
        revokedAt: iso(r.revoked_at),
        contractor: { id: r.c_id, name: r.c_name },
        ordererView: { id: r.v_id, firstViewedAt: iso(r.first_viewed_at), lastViewedAt: iso(r.last_viewed_at), viewCount: r.view_count },
      })),
    },
  };
}

async function applications(user: Row) {
  const [[{ count }], rows] = await Promise.all([
    scopeCount('application.contractor', user.contractor_id),
    // The page's applications with their items (one row per item), as the app reads them.
    db.all(
      `select g0.id, g0.created_at, g0.status, g0.submitted_at, g0.returned_at, g0.issued_at, g0.withdrawn_at, g0.work_draft,
         w2.name as w_name, o4.id as o_id, o4.name as o_name, d5.id as d_id, d5.name as d_name, i1.id as i_id, i1.kind as i_kind
       from guarantee_application g0 left join application_item i1 on g0.id = i1.application_id
       left join work w2 on g0.work_id = w2.id left join orderer o4 on g0.orderer_id = o4.id
       left join branch d5 on g0.destination_branch_id = d5.id
       where g0.id in (select a.id from guarantee_application a where a.contractor_id = ? order by a.created_at desc, a.id desc limit ?)
       order by g0.created_at desc, g0.id desc`,
      [user.contractor_id, PAGE_SIZE + 1],
    ),
  ]);
  const byId = new Map<unknown, Row & { items: Row[] }>();
  for (const row of rows) {
    const application = byId.get(row.id) ?? { ...row, items: [] };
    if (row.i_id) application.items.push({ id: row.i_id, kind: row.i_kind });
    byId.set(row.id, application);
  }
  const item = (a: { items: Row[] }, kind: string) => a.items.find((i) => i.kind === kind) ?? null;
  return {
    applications: {
      boundedCount: boundedCount(Number(count)),
      ...page(
        [...byId.values()],
        (r) => {
          const a = r as Row & { items: Row[] };
          const draft = (typeof a.work_draft === 'string' ? JSON.parse(a.work_draft) : a.work_draft) as { name?: string } | null;
          return {
            id: a.id,
            status: a.status,
            workName: a.w_name ?? draft?.name ?? null,
            orderer: a.o_id ? { id: a.o_id, name: a.o_name } : null,
            advancePayment: item(a, 'ADVANCE_PAYMENT'),
            contractGuarantee: item(a, 'CONTRACT'),
            destinationBranch: a.d_id ? { id: a.d_id, name: a.d_name } : null,
            submittedAt: iso(a.submitted_at),
            returnedAt: iso(a.returned_at),
            issuedAt: iso(a.issued_at),
            withdrawnAt: iso(a.withdrawn_at),
          };
        },
        true,
      ),
    },
  };
}

const parseJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as Row;

async function verify(body: { contractNumber?: string; authKey?: string }, address: string) {
  const reading = readContractNumber(String(body.contractNumber ?? ''));
  if (reading.kind !== 'valid')
    return { status: 400, body: { errors: [{ message: 'malformed', extensions: { code: 'BAD_USER_INPUT' } }] } };
  const contractNumber = reading.contractNumber;
  const [candidate] = await db.all(
    `select id, auth_key_hmac, branch_id, orderer_id from guarantee where contract_number = ? and certificate_format = 'ELECTRONIC' limit 1`,
    [contractNumber],
  );
  const authKey = String(body.authKey ?? '')
    .normalize('NFKC')
    .trim();
  if (!candidate || !authKeyMatches(keyring, contractNumber, authKey, String(candidate.auth_key_hmac ?? ''))) {
    return { status: 200, body: { errors: [{ message: 'rejected', extensions: { code: 'NOT_FOUND' } }] } };
  }
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx.run(
      `insert into verification_attempt (id, created_at, updated_at, contract_number, guarantee_id, outcome, address, user_id) values (?, ?, ?, ?, ?, ?, ?, ?)`,
      [randomUUID(), tx.time(now), tx.time(now), contractNumber, candidate.id, 'VERIFIED', address, null],
    );
    const [view] = await tx.all(`select id, view_count from orderer_view where guarantee_id = ?`, [candidate.id]);
    if (view) {
      await tx.run(`update orderer_view set last_viewed_at = ?, view_count = ?, updated_at = ? where id = ?`, [
        tx.time(now),
        Number(view.view_count) + 1,
        tx.time(now),
        view.id,
      ]);
    } else {
      await tx.run(
        `insert into orderer_view (id, created_at, updated_at, guarantee_id, first_viewed_at, last_viewed_at, view_count) values (?, ?, ?, ?, ?, ?, 1)`,
        [randomUUID(), tx.time(now), tx.time(now), candidate.id, tx.time(now), tx.time(now)],
      );
    }
  });
  await db.run(
    `insert into audit_event (id, created_at, updated_at, actor_id, actor_email, organisation_name, action, object_type, object_id, outcome, address, via, detail, scope_branch_id)
     values (?, ?, ?, null, null, null, 'guarantee.verify', 'Guarantee', ?, 'SUCCESS', ?, 'ANONYMOUS', ?, ?)`,
    [randomUUID(), db.time(now), db.time(now), candidate.id, address, contractNumber, candidate.branch_id],
  );
  const [[guarantee], issuances] = await Promise.all([
    db.all(
      `select g0.contract_number, g0.status, g0.deadline, g0.revoked_at, g0.issued_at from guarantee g0
       inner join work w1 on g0.work_id = w1.id inner join contractor c2 on g0.contractor_id = c2.id
       inner join orderer o3 on g0.orderer_id = o3.id inner join (branch b4 inner join guarantor g5 on b4.guarantor_id = g5.id) on g0.branch_id = b4.id
       where g0.id = ?`,
      [candidate.id],
    ),
    db.all(
      `select id, sequence, kind, change_number, hidden_reason, issued_at, certificate from electronic_issuance where guarantee_id = ? and hidden_reason is null order by sequence`,
      [candidate.id],
    ),
  ]);
  const history = issuances.map((i) => ({
    id: i.id,
    sequence: i.sequence,
    kind: i.kind,
    changeNumber: i.change_number,
    hiddenReason: i.hidden_reason,
    issuedAt: iso(i.issued_at),
    certificate: parseJson(i.certificate),
  }));
  return {
    status: 200,
    body: {
      data: {
        verifyGuarantee: {
          verification: {
            contractNumber: guarantee.contract_number,
            validity: validityOf(guarantee.status, guarantee.deadline),
            revokedAt: iso(guarantee.revoked_at),
            publishedAt: history.at(-1)?.issuedAt ?? iso(guarantee.issued_at),
            verifiedAt: now.toISOString(),
            certificate: history.at(-1)?.certificate ?? null,
            issuances: history,
          },
        },
      },
    },
  };
}

/** The connection's boundedCount from an exact count (the app's COUNT_BOUND: 10,000). */
function boundedCount(count: number) {
  return { count: Math.min(count, 10_000), isExact: count <= 10_000 };
}

const lists: Record<string, (user: Row) => Promise<unknown>> = {
  '/lists/guarantees': guarantees,
  '/lists/ledger': ledger,
  '/lists/applications': applications,
};

const server = http.createServer((req, res) => {
  const send = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  req.on('end', () => {
    void (async () => {
      try {
        if (req.url === '/healthz') return send(200, { ok: true });
        if (req.url === '/verify') {
          const { status, body } = await verify(JSON.parse(raw || '{}'), req.socket.remoteAddress ?? '');
          return send(status, body);
        }
        const list = lists[req.url ?? ''];
        if (!list) return send(404, { errors: [{ message: 'not found' }] });
        const user = await sessionUser(req.headers.cookie);
        if (!user) return send(200, { errors: [{ message: 'unauthenticated', extensions: { code: 'UNAUTHENTICATED' } }] });
        send(200, { data: await list(user) });
      } catch (error) {
        console.error(error);
        send(500, { errors: [{ message: String(error) }] });
      }
    })();
  });
});

server.listen(Number(process.env.RAW_PORT), '127.0.0.1', () => console.log(`raw handlers on ${process.env.RAW_PORT}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
