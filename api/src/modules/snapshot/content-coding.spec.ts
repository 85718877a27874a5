import { describe, expect, it } from '@jest/globals';
import { chooseEncoding, matchesTag, taggedFor } from './content-coding.js';

describe('content coding', () => {
  it('prefers brotli, then gzip, honours q-values and refusals', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding(undefined)).toBe('identity');
    expect(chooseEncoding('identity')).toBe('identity');
  });

  it('matches a tag in any encoding, weak or strong, in a list, or *', () => {
    expect(matchesTag(taggedFor('s1-abc', 'gzip'), 's1-abc')).toBe(true);
    expect(matchesTag(`"x", W/${taggedFor('s1-abc', 'identity')}`, 's1-abc')).toBe(true);
    expect(matchesTag('*', 's1-abc')).toBe(true);
    expect(matchesTag('"s1-abd"', 's1-abc')).toBe(false);
    expect(matchesTag(undefined, 's1-abc')).toBe(false);
  });
});
