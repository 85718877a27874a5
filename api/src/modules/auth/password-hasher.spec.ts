import { describe, expect, it } from '@jest/globals';
import { PasswordHasher } from './password-hasher.js';

describe('PasswordHasher', () => {
  it('runs no more hashes at once than its concurrency; the rest wait their turn', async () => {
    const hasher = new PasswordHasher(2);
    const hashes = Array.from({ length: 6 }, (_, i) => hasher.hash(`password ${i}`));
    await Promise.resolve();
    expect(hasher.load).toEqual({ active: 2, pending: 4 });
    const done = await Promise.all(hashes);
    expect(await hasher.verify(done[5], 'password 5')).toBe(true);
    expect(await hasher.verify(done[5], 'password 4')).toBe(false);
    expect(hasher.load).toEqual({ active: 0, pending: 0 });
  });
});
