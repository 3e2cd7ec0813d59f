import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ host: '127.0.0.1', port: 3000, dataDir: './data', demo: true, admin: null, databaseUrl: undefined });
  });
  it('stops with a message naming the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ SIM_DEMO: 'maybe' })).toThrow(/SIM_DEMO/);
  });
  it('needs the admin username and password together', () => {
    expect(() => loadConfig({ SIM_ADMIN_USERNAME: 'root' })).toThrow(/SIM_ADMIN_PASSWORD/);
    expect(loadConfig({ SIM_ADMIN_USERNAME: 'root', SIM_ADMIN_PASSWORD: 'long-password' }).admin).toEqual({
      username: 'root',
      password: 'long-password',
    });
  });
  it('SIM_DEMO=0 turns the demo off', () => {
    expect(loadConfig({ SIM_DEMO: '0' }).demo).toBe(false);
  });
});
