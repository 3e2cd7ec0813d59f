import { describe, expect, it } from 'vitest';
import type { User } from '#domain/users';
import { ApiError } from '#web/api/client.ts';
import {
  bootstrapFallback,
  forgetSession,
  recallSession,
  rememberSession,
  rememberedSessionKey,
  type SessionStorageLike,
} from './rememberedSession';

/** localStorage's behaviour, kept in a Map. */
function memoryStorage(): SessionStorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const puput: User = { id: 6, username: 'puput', role: 'pengelola', partnerId: 1, displayName: 'Pengelola Perpusdes Puput', active: true };
const networkDown = new ApiError('network', 0, 'Failed to fetch');

describe('the remembered session', () => {
  it('keeps the user and the CSRF token, and nothing else', () => {
    const storage = memoryStorage();
    const withPassword = { user: puput, csrfToken: 'token', password: 'tpbis-demo-2024' };
    rememberSession(storage, withPassword);
    expect(recallSession(storage)).toEqual({ user: puput, csrfToken: 'token' });
    expect(storage.data.get(rememberedSessionKey)).not.toContain('tpbis-demo-2024');
  });

  it('forgets on request', () => {
    const storage = memoryStorage();
    rememberSession(storage, { user: puput, csrfToken: 'token' });
    forgetSession(storage);
    expect(recallSession(storage)).toBeNull();
  });

  it('reads nothing from a missing, broken or foreign entry', () => {
    const storage = memoryStorage();
    expect(recallSession(storage)).toBeNull();
    storage.setItem(rememberedSessionKey, '{not json');
    expect(recallSession(storage)).toBeNull();
    storage.setItem(rememberedSessionKey, JSON.stringify({ user: { id: 'six' }, csrfToken: 'token' }));
    expect(recallSession(storage)).toBeNull();
  });

  it('survives storage that refuses to be used', () => {
    const blocked: SessionStorageLike = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(() => rememberSession(blocked, { user: puput, csrfToken: null })).not.toThrow();
    expect(() => forgetSession(blocked)).not.toThrow();
    expect(() => recallSession(blocked)).not.toThrow();
    expect(bootstrapFallback(networkDown, blocked)).toEqual({ kind: 'failed' });
  });
});

describe('a failed GET /api/auth/me', () => {
  it('lets the remembered user carry on offline when the server cannot be reached', () => {
    const storage = memoryStorage();
    rememberSession(storage, { user: puput, csrfToken: 'token' });
    expect(bootstrapFallback(networkDown, storage)).toEqual({ kind: 'offline', remembered: { user: puput, csrfToken: 'token' } });
    // A proxy's 502–504 is no connection to the app either.
    expect(bootstrapFallback(new ApiError('network', 504, 'HTTP 504'), storage).kind).toBe('offline');
  });

  it('is an error to show when nobody signed in on this device before', () => {
    expect(bootstrapFallback(networkDown, memoryStorage())).toEqual({ kind: 'failed' });
  });

  it('ends the session and forgets the user on a 401', () => {
    const storage = memoryStorage();
    rememberSession(storage, { user: puput, csrfToken: 'token' });
    expect(bootstrapFallback(new ApiError('unauthenticated', 401, 'no session'), storage)).toEqual({ kind: 'anonymous' });
    expect(recallSession(storage)).toBeNull();
  });

  it('does not go offline on a server error, and keeps the user for a later offline start', () => {
    const storage = memoryStorage();
    rememberSession(storage, { user: puput, csrfToken: 'token' });
    expect(bootstrapFallback(new ApiError('internal', 500, 'boom'), storage)).toEqual({ kind: 'failed' });
    expect(recallSession(storage)).not.toBeNull();
  });
});
