import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from './config';
import type { Context } from './context';
import { GraphQLError } from 'graphql';
import { DomainError, RateLimitedError } from './common/errors';
import { apiErrorFormatter, contractHttpStatus, httpStatusOf, sendContractError, toContractError } from './common/error-contract';
import { loadKeyring } from './common/secrets';
import type { Orm } from './db/orm';
import { documentsRouter } from './modules/documents/documents.routes';
import { requestIdentity } from './modules/identity/request-user';
import { SESSION_COOKIE } from './modules/identity/session-token';
import { requestServices } from './services';
import { buildApiSchema } from './schema';
import { rateLimitStore } from './common/rate-limits';
import { QUERY_LIMITS, queryArmor, queryParseOptions, securityHeaders } from './common/hardening';
import { GuessLimits } from './common/guess-limits';
import { VERIFICATION_POLICY } from './modules/verification/verification-limits';
import { LOGIN_POLICY } from './modules/identity/login-limits';
import { createLogger, requestLogging, requestLogOf, type Logger } from './common/logger';
import { Metrics } from './common/metrics';
import { observeOperations } from './common/operation-observer';
import { operationsRouter } from './common/operations.routes';
import { outboxBacklog } from './modules/notifications/outbox-backlog';
import { webhookBacklog } from './modules/webhooks/webhook-backlog';
import { RequestBudget } from './common/request-budget';
import { idempotencyPlugin } from './modules/idempotency/idempotency.plugin';

export interface App {
  server: http.Server;
  logger: Logger;
  metrics: Metrics;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/**
 * One HTTP server: the GraphQL API at /graphql, the built SPA at /, and the operator's /healthz,
 * /readyz and /metrics. `logger` defaults to JSON lines on stdout at config.logLevel.
 */
export async function createApp(config: Config, orm: Orm, options: { logger?: Logger } = {}): Promise<App> {
  const logger = options.logger ?? createLogger(config);
  const metrics = new Metrics(logger);
  metrics.addQueue('outbox', () => outboxBacklog(orm.em.fork() as Context['em']));
  metrics.addQueue('webhook', () => webhookBacklog(orm.em.fork() as Context['em']));
  const keyring = loadKeyring(config);
  const limitStore = rateLimitStore(orm, config.database);
  const limits = {
    verification: await GuessLimits.create(limitStore, VERIFICATION_POLICY, metrics.guessObserver),
    login: await GuessLimits.create(limitStore, LOGIN_POLICY, metrics.guessObserver),
    apiToken: await RequestBudget.create(limitStore, 'api-token', config.apiTokenRequestsPerMinute, 60),
    publicRequests: await RequestBudget.create(limitStore, 'public-request', config.publicRequestsPerTenMinutes, 600),
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  app.use(requestLogging(logger));
  app.use(securityHeaders(config));
  const server = http.createServer(app);

  const armor = queryArmor(config);
  const schema = await buildApiSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: apiErrorFormatter(schema),
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    // A batch would be several operations in one request; one at a time keeps the limits simple.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: queryParseOptions,
    plugins: [
      contractHttpStatus(),
      observeOperations(metrics, logger),
      ...armor.plugins,
      idempotencyPlugin(keyring),
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Cache hints are not used; the plugin costs a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: QUERY_LIMITS.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<Context> => {
        const em = orm.em.fork() as Context['em'];
        try {
          const { actor, sessionToken } = await requestIdentity(req, em, config.sessionTtlMs);
          if (actor.apiToken) {
            // Every answer to a token tells its budget; over it, HTTP 429 before anything runs.
            const budget = await limits.apiToken.charge(actor.apiToken.id);
            for (const [name, value] of Object.entries(limits.apiToken.headers(budget))) res.setHeader(name, value);
            if (!budget.allowed)
              throw new RateLimitedError(
                budget.resetSeconds,
                'このAPIトークンのリクエスト数の上限を超えました。Retry-After の秒数の後に再度お試しください。',
              );
          }
          const session: Context['session'] = {
            token: sessionToken,
            start: (token, expiresAt) =>
              res.cookie(SESSION_COOKIE, token, {
                httpOnly: true,
                sameSite: 'lax',
                secure: config.cookieSecure,
                path: '/',
                expires: expiresAt,
              }),
            end: () => res.clearCookie(SESSION_COOKIE, { path: '/' }),
          };
          return {
            config,
            keyring,
            limits,
            em,
            actor,
            session,
            services: requestServices({ config, keyring, limits, em, actor }),
            requestLog: requestLogOf(req, res, logger),
          };
        } catch (error) {
          if (error instanceof DomainError) {
            const contract = toContractError(error);
            throw new GraphQLError(contract.message, { extensions: { ...contract.extensions, http: { status: httpStatusOf(contract) } } });
          }
          throw error;
        }
      },
    }),
  );

  // A body over the limit or not JSON never reaches Apollo: answer it in the same contract.
  app.use('/graphql', ((error, _req, res, next) => {
    if (res.headersSent) return next(error);
    sendContractError(res, error);
  }) as express.ErrorRequestHandler);

  app.use('/documents', documentsRouter(config, orm, keyring));

  app.use(operationsRouter(orm, metrics, { metricsToken: config.metricsToken, logger }));

  serveSpa(app, config.clientDist);

  return {
    server,
    logger,
    metrics,
    async stop() {
      await apollo.stop();
      server.closeAllConnections();
      limitStore.close();
    },
  };
}

function serveSpa(app: express.Express, clientDist: string) {
  const index = path.join(clientDist, 'index.html');
  app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  // Client-side routes: every other GET that wants a page gets the SPA's index.
  app.get(/^\/(?!graphql|documents|healthz|readyz|metrics).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('The client is not built: run `pnpm build` first.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
