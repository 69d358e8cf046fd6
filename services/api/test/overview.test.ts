import { lastMinutes } from '../src/admin/overview';
import { humanAge, renderOverview } from '../src/admin/overview-page';

const MIN = 60_000;
const now = 100 * MIN + 30_000; // half-way through minute 100

describe('throughput per minute from BullMQ metrics', () => {
  it.each([
    ['no job ever', { meta: { count: 0, prevTS: 0, prevCount: 0 }, data: [] }, []],
    ['3 jobs this minute', { meta: { count: 3, prevTS: 100 * MIN + 1000, prevCount: 0 }, data: [] }, [3]],
    ['5 jobs last minute, 2 this one', { meta: { count: 7, prevTS: 100 * MIN + 5, prevCount: 5 }, data: [5] }, [5, 2]],
    ['the last jobs 3 minutes ago', { meta: { count: 4, prevTS: 97 * MIN, prevCount: 0 }, data: [1] }, [1, 4, 0, 0, 0]],
  ])('when %s, then the newest minutes end the series', (_what, m, tail) => {
    const series = lastMinutes(m, now, 15);
    expect(series).toHaveLength(15);
    expect(series.slice(15 - tail.length)).toEqual(tail);
    expect(series.slice(0, 15 - tail.length).every((v) => v === 0)).toBe(true);
  });

  it('when the last jobs ran longer ago than the window, then the series is all zeros', () => {
    expect(lastMinutes({ meta: { count: 9, prevTS: 10 * MIN, prevCount: 1 }, data: [4, 4] }, now, 15)).toEqual(Array(15).fill(0));
  });
});

describe('overview page', () => {
  it('when values contain markup, then the page escapes them and loads nothing from elsewhere', () => {
    const html = renderOverview({
      generatedAt: '2026-01-01T00:00:00Z',
      scope: 'deployment',
      redis: false,
      workers: 0,
      lists: [{ id: '<script>x</script>', version: 'v', entities: 1, names: 1, loadedAt: '2026-01-01T00:00:00Z', ageSeconds: 4000 }],
      queues: [],
      batches: [{ id: 'b"1', status: 'running', rows: 200, processed: 50, errors: 1 }],
    });
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('aria-valuenow="25"');
    expect(html).toContain('role="alert"'); // Redis down is said, not hidden
    expect(humanAge(4000)).toBe('67 min');
  });
});
