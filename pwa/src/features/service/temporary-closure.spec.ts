import { describe, expect, it } from '@jest/globals';
import { brusselsDate, closureState } from './temporary-closure';

const closure = { from: '2027-02-01', to: '2027-02-14', message: 'Verbouwing' };

describe('closureState', () => {
  it('is ahead before the first day, now from the first to the last day (inclusive), then over', () => {
    expect(closureState(closure, new Date('2027-01-31T12:00:00Z'))).toBe('ahead');
    expect(closureState(closure, new Date('2027-02-01T08:00:00Z'))).toBe('now');
    expect(closureState(closure, new Date('2027-02-14T21:00:00Z'))).toBe('now');
    expect(closureState(closure, new Date('2027-02-15T08:00:00Z'))).toBeNull();
    expect(closureState(undefined)).toBeNull();
  });

  it('counts days in Brussels: 23:30 UTC on 31 January is already 1 February there', () => {
    expect(brusselsDate(new Date('2027-01-31T23:30:00Z'))).toBe('2027-02-01');
    expect(closureState(closure, new Date('2027-01-31T23:30:00Z'))).toBe('now');
  });
});
