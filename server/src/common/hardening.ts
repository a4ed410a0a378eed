import { ApolloArmor } from '@escape.tech/graphql-armor';
import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { Config } from '../config';

/**
 * The API's query limits (docs/api.md lists them). They are set so that every operation of the
 * SPA passes with room to spare (a test validates the SPA's documents against them), and low
 * enough that one request can't ask for an unbounded amount of work.
 */
export const QUERY_LIMITS = {
  /** Nesting of selections, fragments flattened (the SPA needs 5; the schema allows 7). */
  maxDepth: 6,
  /**
   * graphql-armor's cost: per object and scalar, growing with depth; a fragment's fields count as
   * if written in place (the SPA spreads fragments). The SPA's largest, the application form's
   * options (works and orderers as connections, with the __typename Apollo Client adds), costs
   * ≈16,500.
   */
  maxCost: 20000,
  /** Aliased fields per operation (verifyGuarantee counts each alias as an attempt). */
  maxAliases: 50,
  /** Lexical tokens in the query text. */
  maxTokens: 3000,
  maxDirectives: 20,
  /** `first` of every connection (also its default when omitted: 20). */
  maxPageSize: 100,
  /** Request body, JSON. */
  maxBodyBytes: 100 * 1024,
} as const;

/** graphql-armor's protections for Apollo Server; field suggestions only outside production. */
export function queryArmor(config: Pick<Config, 'env'>) {
  return new ApolloArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, flattenFragments: true },
    costLimit: { maxCost: QUERY_LIMITS.maxCost, flattenFragments: true },
    maxAliases: { n: QUERY_LIMITS.maxAliases },
    // Counted by graphql-js's parser instead (queryParseOptions): armor's plugin throws from a
    // hook whose errors Apollo answers with HTTP 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: config.env === 'production' },
  }).protect();
}

/**
 * graphql-js stops parsing a document of more than `maxTokens` tokens (so also one nested
 * thousands of braces deep): a syntax error, answered like any other with HTTP 400.
 */
export const queryParseOptions = { maxTokens: QUERY_LIMITS.maxTokens } as const;

/**
 * Security headers (helmet). The SPA loads only its own scripts, styles, fonts and images;
 * Mantine sets inline styles, hence 'unsafe-inline' for styles only. HSTS and the upgrade of
 * insecure requests only when cookies are secure, i.e. the app is served over HTTPS.
 */
export function securityHeaders(config: Pick<Config, 'cookieSecure'>): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.cookieSecure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
  });
}
