import { describe, expect, it } from '@jest/globals';
import { clientOf, FeedbackRateLimiter } from './feedback-rate-limiter.js';

const SERVICE = '00000000-0000-4000-8000-000000000001';
const MINUTE = 60_000;

function limiterAt(start = 1_000_000) {
  const clock = { now: start };
  const limiter = new FeedbackRateLimiter(
    { perAddress: { limit: 5, windowMs: 10 * MINUTE }, perService: { limit: 50, windowMs: 60 * MINUTE } },
    () => clock.now,
  );
  return { limiter, clock };
}

describe('feedback rate limiter', () => {
  it('lets 5 through per address in 10 minutes, then says how long to wait', () => {
    const { limiter, clock } = limiterAt();
    for (let i = 0; i < 5; i++) {
      expect(limiter.take('203.0.113.7', SERVICE)).toBeNull();
      clock.now += MINUTE;
    }
    // The first hit was 5 minutes ago: it leaves the window in 5 minutes.
    expect(limiter.take('203.0.113.7', SERVICE)).toEqual({ retryAfterSeconds: 300, limitedBy: 'address' });
    expect(limiter.take('203.0.113.8', SERVICE)).toBeNull();
    clock.now += 5 * MINUTE;
    expect(limiter.take('203.0.113.7', SERVICE)).toBeNull();
  });

  it('refuses without counting: a blocked client is not blocked for longer', () => {
    const { limiter, clock } = limiterAt();
    for (let i = 0; i < 5; i++) limiter.take('203.0.113.7', SERVICE);
    for (let i = 0; i < 20; i++) expect(limiter.take('203.0.113.7', SERVICE)).not.toBeNull();
    clock.now += 10 * MINUTE + 1;
    expect(limiter.take('203.0.113.7', SERVICE)).toBeNull();
  });

  it('lets 50 through per service in an hour, from any number of addresses', () => {
    const { limiter, clock } = limiterAt();
    for (let i = 0; i < 50; i++) expect(limiter.take(`198.51.100.${i}`, SERVICE)).toBeNull();
    expect(limiter.take('192.0.2.1', SERVICE)).toEqual({ retryAfterSeconds: 3600, limitedBy: 'service' });
    expect(limiter.take('192.0.2.1', '00000000-0000-4000-8000-000000000002')).toBeNull();
    clock.now += 60 * MINUTE;
    expect(limiter.take('192.0.2.1', SERVICE)).toBeNull();
  });

  it('counts an IPv6 /64 as one client, and an IPv4-mapped address as its IPv4 address', () => {
    expect(clientOf('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientOf('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientOf('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientOf('::1')).toBe('0:0:0:0::/64');
    expect(clientOf('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientOf('203.0.113.7')).toBe('203.0.113.7');
    const { limiter } = limiterAt();
    for (let i = 0; i < 5; i++) expect(limiter.take(`2001:db8:1:2::${i + 1}`, SERVICE)).toBeNull();
    expect(limiter.take('2001:db8:1:2:ffff::9', SERVICE)).not.toBeNull();
  });

  it('forgets clients whose window has passed', () => {
    const { limiter, clock } = limiterAt();
    for (let i = 0; i < 30; i++) limiter.take(`198.51.100.${i}`, SERVICE);
    expect(limiter.trackedKeys.addresses).toBe(30);
    clock.now += 61 * MINUTE;
    limiter.take('192.0.2.1', SERVICE);
    expect(limiter.trackedKeys).toEqual({ addresses: 1, services: 1 });
  });
});
