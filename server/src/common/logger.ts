import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from '../config';

export type { Logger };

/**
 * Paths that pino blanks in anything logged. The request serializer below already keeps headers,
 * query strings and bodies out of the log; these catch a secret passed to the logger by mistake.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'variables',
  '*.variables',
  ...['password', 'newPassword', 'currentPassword', 'token', 'authKey', 'key', 'secret', 'cookie', 'authorization'].flatMap((name) => [
    name,
    `*.${name}`,
  ]),
];

/** The server's one logger: JSON lines on stdout (or `destination`), ISO times, level names. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: DestinationStream): Logger {
  return pino(
    {
      level: config.logLevel,
      base: { service: 'esurety' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    },
    destination,
  );
}

export const REQUEST_ID_HEADER = 'X-Request-Id';
/** A caller's X-Request-Id is kept only if it looks like an id: no spaces, quotes or control characters. */
const WELL_FORMED_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** The request's id: the caller's well-formed X-Request-Id, else a new UUID; echoed in the response. */
export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && WELL_FORMED_REQUEST_ID.test(given) ? given : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

/** What a GraphQL request adds to its request's log line (set by the operations plugin). */
export interface OperationLog {
  /** The operation's name as the client sent it (truncated), or null. */
  operationName: string | null;
  /** The root field(s) run, as in the metrics: `query guarantees`, `mutation login`. */
  operation: string;
  userId: string | null;
  /** OK, or the first error's code in the API's error contract. */
  outcome: string;
}

export function setOperationLog(res: ServerResponse, log: OperationLog) {
  (res as ServerResponse & { operationLog?: OperationLog }).operationLog = log;
}

/** A request's own logger (with its request id) and its log line's GraphQL fields. */
export interface RequestLog {
  logger: Logger;
  setOperation(log: OperationLog): void;
}

export function requestLogOf(req: IncomingMessage & { log?: Logger }, res: ServerResponse, fallback: Logger): RequestLog {
  return { logger: req.log ?? fallback, setOperation: (log) => setOperationLog(res, log) };
}

/** The GraphQL fields of a request's line; a request refused before GraphQL ran (a bad API token, a body too large) gets the code it was answered with. */
function operationFields(req: IncomingMessage, res: ServerResponse): Partial<OperationLog> {
  const log = (res as ServerResponse & { operationLog?: OperationLog }).operationLog;
  if (log) return log;
  if (!pathOf(req).startsWith('/graphql')) return {};
  const outcome =
    res.statusCode === 401 ? 'UNAUTHENTICATED' : res.statusCode >= 500 ? 'INTERNAL' : res.statusCode >= 400 ? 'BAD_USER_INPUT' : undefined;
  return outcome ? { outcome } : {};
}

function pathOf(req: IncomingMessage & { originalUrl?: string }): string {
  return (req.originalUrl ?? req.url ?? '').split('?')[0].slice(0, 300);
}

/** Probes and scrapes come every few seconds: their lines would bury the requests that matter. */
const UNLOGGED_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * One log line per HTTP request when it ends: request id, method, path (never the query string),
 * status, time taken and, for GraphQL, the operation, user id and outcome code. Never headers,
 * cookies or bodies, so no password, key or token can reach the log through a request.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: requestId,
    quietReqLogger: true,
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: unknown; originalUrl?: string; ip?: string }) => ({
        method: req.method,
        path: pathOf(req),
        address: req.ip ?? req.socket?.remoteAddress,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req) => UNLOGGED_PATHS.has(pathOf(req)) },
    // The API and documents at info; the SPA's files (each page load fetches dozens) at debug.
    customLogLevel: (req, res, error) =>
      error || res.statusCode >= 500
        ? 'error'
        : /^\/(graphql|documents)(\/|$)/.test(pathOf(req)) || res.statusCode >= 400
          ? 'info'
          : 'debug',
    customSuccessMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode}`,
    customSuccessObject: (req, res, value) => ({ ...value, ...operationFields(req, res) }),
    customErrorObject: (req, res, _error, value) => ({ ...value, ...operationFields(req, res) }),
  });
}
