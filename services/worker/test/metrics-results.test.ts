import { WorkerMetrics } from '../src/metrics';

describe('worker metrics of job results', () => {
  it.each([
    ['a monitor job (parties is a count)', { parties: 12, alerts: 0, ms: 3 }],
    ['a batch chunk', { rows: 5, processed: 5, errors: 0, counted: true, decisions: { clear: 5, review: 0, block: 0 } }],
    ['nothing', undefined],
    ['odd shapes', { matches: 'x', parties: [null, { matches: 7 }] }],
  ])('when %s completes, then recording its result does not throw', (_what, result) => {
    expect(() => new WorkerMetrics().recordResult(result)).not.toThrow();
  });

  it('when a screening completes, then its matches are counted per list', async () => {
    const m = new WorkerMetrics();
    m.recordResult({ decision: 'block', parties: [{ matches: [{ list: 'us_ofac_sdn', match: true }, { list: 'un_sc', match: false }] }] });
    const text = await m.registry.metrics();
    expect(text).toMatch(/screening_matches_total\{list="us_ofac_sdn"\} 1/);
    expect(text).not.toMatch(/list="un_sc"/);
  });
});
