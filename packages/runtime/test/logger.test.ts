import { Writable } from 'node:stream';
import { createLogger } from '../src/logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, stream };
}

describe('logger redaction', () => {
  it('when screened data is logged by mistake, then names, addresses, identifiers, job data and results are redacted at every level', () => {
    const { lines, stream } = capture();
    const log = createLogger({ level: 'trace', name: 'test' }, stream);
    const party = { name: 'Evgeny Prigozhin', address: 'Moscow', identifiers: [{ type: 'inn', value: '781000000' }], aliases: ['Chef'], dateOfBirth: '1961-06-01' };
    log.info({ party, jobId: 'j-1', requestId: 'r-1' }, 'screening done');
    log.debug({ data: { request: { parties: [party] } }, returnvalue: { matches: [{ name: 'PRIGOZHIN' }] } }, 'job');
    log.warn({ req: { headers: { authorization: 'Bearer secret', 'x-api-key': 'secret', cookie: 'sid=secret' } }, body: { entity: party } }, 'request');
    const text = JSON.stringify(lines);
    for (const secret of ['Prigozhin', 'PRIGOZHIN', 'Moscow', '781000000', 'Chef', '1961-06-01', 'secret']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ jobId: 'j-1', requestId: 'r-1', msg: 'screening done' }); // ids stay
  });
});

describe('failed jobs in logs', () => {
  it('when a job fails with an AppError whose detail quotes the client, then the log gets its code and title only', () => {
    const { AppError, loggableError } = require('../src') as typeof import('../src');
    const out = loggableError(new AppError('list-not-loaded', 'not loaded: acme-secret-list; loaded: us_ofac_sdn'));
    expect(out).toEqual({ code: 'list-not-loaded', err: expect.any(String) });
    expect(JSON.stringify(out)).not.toContain('acme-secret-list');
    expect(loggableError(new TypeError('boom'))).toEqual({ err: 'TypeError: boom' });
  });
});
