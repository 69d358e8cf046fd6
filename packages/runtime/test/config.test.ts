import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, describeConfig, loadConfig } from '../src/config';

describe('loadConfig', () => {
  it('when nothing is set, then the documented defaults apply', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 8080, HOST: '127.0.0.1', REDIS_URL: 'redis://127.0.0.1:6379', REDIS_PREFIX: 'screening', API_KEYS: [], SCREENING_LISTS: [] });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('when values are given, then they are parsed into typed values', () => {
    const c = loadConfig({ PORT: '9090', API_KEYS: 'a:screen,b:admin:acme', SCREENING_LISTS: 'us_ofac_sdn:../x/y,un_sc:/a:b.xml' });
    expect(c.PORT).toBe(9090);
    expect(c.API_KEYS).toEqual([{ key: 'a', scope: 'screen', tenant: 'default' }, { key: 'b', scope: 'admin', tenant: 'acme' }]);
    expect(c.SCREENING_LISTS).toEqual([{ source: 'us_ofac_sdn', path: '../x/y' }, { source: 'un_sc', path: '/a:b.xml' }]);
  });

  it.each([
    ['PORT', 'eighty'],
    ['REDIS_URL', 'not a url'],
    ['API_KEYS', 'k:superuser'],
    ['SCREENING_LISTS', 'nopath'],
    ['MATCH_THRESHOLD', '1.5'],
  ])('when %s is invalid, then the error names it', (key, value) => {
    expect(() => loadConfig({ [key]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [key]: value })).toThrow(new RegExp(key));
  });

  it('when REDIS_CLUSTER_NODES is set, then its seeds are parsed and the prefix must carry a hash tag', () => {
    const c = loadConfig({ REDIS_CLUSTER_NODES: '10.0.0.1:7000, redis-b:7001,[::1]:7002', REDIS_PREFIX: '{screening}' });
    expect(c.REDIS_CLUSTER_NODES).toEqual([{ host: '10.0.0.1', port: 7000 }, { host: 'redis-b', port: 7001 }, { host: '::1', port: 7002 }]);
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'redis-a:7000' })).toThrow(/REDIS_PREFIX.*hash tag.*\{screening\}/);
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'redis-a' })).toThrow(/REDIS_CLUSTER_NODES.*host:port/);
    expect(() => loadConfig({ REDIS_CLUSTER_NODES: 'redis-a:99999', REDIS_PREFIX: '{x}' })).toThrow(/REDIS_CLUSTER_NODES/);
    expect(loadConfig({}).REDIS_CLUSTER_NODES).toEqual([]);
  });

  it('when an API_KEYS entry is malformed, then the error gives its position and never echoes the key', () => {
    const secret = 'sk-live-0123456789abcdef';
    let message = '';
    try {
      loadConfig({ API_KEYS: `ok-key:screen,${secret}:superuser` });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/API_KEYS: entry 2 of 2 is malformed/);
    expect(message).not.toContain(secret.slice(0, 3));
    expect(message).not.toContain('superuser');
  });

  it('when the same API key appears twice, then the configuration is refused', () => {
    expect(() => loadConfig({ API_KEYS: 'same-key:screen,other:batch,same-key:admin' })).toThrow(/entry 3 of 3 repeats the key/);
  });

  it('when NODE_ENV=production has a short API key, then it refuses to start (development accepts it)', () => {
    const long = 'a'.repeat(32);
    expect(() => loadConfig({ NODE_ENV: 'production', API_KEYS: `${long}:admin,short:screen` })).toThrow(/entries 2 hold keys shorter than 24/);
    expect(loadConfig({ NODE_ENV: 'production', API_KEYS: `${long}:admin` }).API_KEYS).toHaveLength(1);
    expect(loadConfig({ API_KEYS: 'short:screen' }).API_KEYS).toHaveLength(1);
  });

  it('when NODE_ENV=production has no API keys, then it refuses to start', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/API_KEYS/);
    expect(loadConfig({ NODE_ENV: 'production', API_KEYS: `${'k'.repeat(32)}:admin` }).API_KEYS).toHaveLength(1);
  });

  it('when the README documents configuration, then every variable of the schema is in its table', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const missing = describeConfig().filter((row) => !readme.includes(`| \`${row.name}\` |`));
    expect(missing.map((m) => m.name)).toEqual([]);
  });
});
