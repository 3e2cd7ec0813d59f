import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { newClientId } from './clientId';

describe('newClientId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes a UUID the server accepts, even where crypto.randomUUID is missing (plain http)', () => {
    expect(z.uuid().safeParse(newClientId()).success).toBe(true);
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: <T extends Uint8Array>(a: T) => real.getRandomValues(a) });
    const ids = new Set(Array.from({ length: 50 }, () => newClientId()));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(z.uuid().safeParse(id).success).toBe(true);
  });
});
