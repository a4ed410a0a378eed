import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to embedded SQLite under data/, port 4000, with demo data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'sqlite', file: path.resolve(__dirname, '..', '..', 'data', 'esurety.sqlite') });
    expect(config.seedDemo).toBe(true);
    expect(config.cookieSecure).toBe(false);
  });

  it('switches to PostgreSQL with DATABASE_URL and then loads no demo data unless asked', () => {
    const url = 'postgresql://esurety@db.internal:5432/esurety';
    expect(loadConfig({ DATABASE_URL: url })).toMatchObject({ database: { kind: 'postgresql', url }, seedDemo: false });
    expect(loadConfig({ DATABASE_URL: url, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('loads no demo data in production unless SEED_DEMO=true says so, on either database', () => {
    const url = 'postgresql://esurety@db.internal:5432/esurety';
    const key = { SECRET_KEY: Buffer.alloc(32, 1).toString('base64') };
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, ...key }).seedDemo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', DATABASE_URL: url, SEED_DEMO: 'true', ...key }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('logs at info unless LOG_LEVEL says otherwise (silent under tests), and has no metrics token by default', () => {
    expect(loadConfig({}).logLevel).toBe('info');
    expect(loadConfig({ NODE_ENV: 'test' }).logLevel).toBe('silent');
    expect(loadConfig({ LOG_LEVEL: 'debug' }).logLevel).toBe('debug');
    expect(loadConfig({}).metricsToken).toBeNull();
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(32) }).metricsToken).toBe('m'.repeat(32));
  });

  it('uses secure cookies in production', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false' }).cookieSecure).toBe(false);
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://localhost/esurety'],
    ['SEED_DEMO', 'yes please'],
    ['NODE_ENV', 'staging'],
    ['SESSION_TTL_HOURS', '0'],
    ['TRUST_PROXY', 'every proxy'],
    ['LOG_LEVEL', 'loud'],
    ['METRICS_TOKEN', 'short'],
  ])('refuses a bad %s and names it', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration:\\n  ${name}: `));
  });

  it('takes TRUST_PROXY as a hop count or addresses, and refuses `true` in production', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: in production/);
  });
});
