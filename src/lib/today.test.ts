import { afterEach, describe, expect, it, vi } from 'vitest';
import { localDay, pageToday } from './today';

describe('the page’s today', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is the reader’s calendar day in their own zone, not UTC’s', () => {
    vi.stubEnv('TZ', 'Pacific/Auckland');
    // 13:30 UTC on May 31 is already June 1 in Auckland (UTC+12).
    expect(localDay(new Date('2027-05-31T13:30:00Z'))).toBe('2027-06-01');
    vi.stubEnv('TZ', 'America/Los_Angeles');
    expect(localDay(new Date('2027-06-01T03:00:00Z'))).toBe('2027-05-31');
  });

  it('pads months and days', () => {
    vi.stubEnv('TZ', 'UTC');
    expect(localDay(new Date('2027-01-05T12:00:00Z'))).toBe('2027-01-05');
  });

  it('follows the reader’s clock forward from the build day, never back before it', () => {
    vi.stubEnv('TZ', 'UTC');
    expect(pageToday('2026-12-04', new Date('2027-06-01T08:00:00Z'))).toBe('2027-06-01');
    expect(pageToday('2026-12-04', new Date('2026-12-04T23:59:00Z'))).toBe('2026-12-04');
    expect(pageToday('2026-12-04', new Date('2026-01-01T00:00:00Z'))).toBe('2026-12-04');
  });
});
