import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Config } from './config';
import type { Context } from './common/context';
import { formatError } from './common/errors';
import { loadKeyring } from './common/secrets';
import type { Orm } from './db/orm';
import { documentsRouter } from './modules/documents/documents.routes';
import { requestUser } from './modules/identity/request-user';
import { buildApiSchema } from './schema';
import { rateLimitStore } from './common/rate-limits';
import { VerificationLimits } from './modules/verification/verification-limits';

export interface App {
  server: http.Server;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/** One HTTP server: the GraphQL API at /graphql and the built SPA at /. */
export async function createApp(config: Config, orm: Orm): Promise<App> {
  const keyring = loadKeyring(config);
  const limitStore = rateLimitStore(orm, config.database);
  const limits = { verification: await VerificationLimits.create(limitStore) };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const server = http.createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(),
    formatError,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // Cache hints are not used; the plugin costs a hook on every field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork() as Context['em'];
        const { user, sessionToken } = await requestUser(req, em, config.sessionTtlMs);
        return { config, keyring, limits, em, user, sessionToken, req, res };
      },
    }),
  );

  app.use('/documents', documentsRouter(config, orm, keyring));

  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });

  serveSpa(app, config.clientDist);

  return {
    server,
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
  app.get(/^\/(?!graphql|documents|healthz).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain; charset=utf-8').send('The client is not built: run `pnpm build` first.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}
