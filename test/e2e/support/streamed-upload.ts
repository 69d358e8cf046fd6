import { request as httpRequest } from 'node:http';

/**
 * A streamed upload (`stream=true`): answers the batch id once the API has read the first rows, then sends the
 * rest in pieces (`sent` resolves when the whole body has gone).
 */
export async function streamedUpload(url: string, body: string): Promise<{ id: string; sent: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const req = httpRequest({ host: hostname, port, method: 'POST', path: '/v1/batches?stream=true', headers: { 'content-type': 'text/csv', 'transfer-encoding': 'chunked' } });
  const answered = new Promise<string>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      // the 202's JSON line comes at once; the response itself ends with the upload
      res.on('data', (d) => {
        text += d;
        if (res.statusCode === 202 && text.includes('\n')) resolve((JSON.parse(text.split('\n')[0]!) as { id: string }).id);
      });
      res.on('end', () => (res.statusCode === 202 ? resolve((JSON.parse(text.split('\n')[0]!) as { id: string }).id) : reject(new Error(`upload answered ${res.statusCode}: ${text}`))));
    });
    req.on('error', reject);
  });
  const lines = body.split(/(?<=\n)/);
  const piece = (from: number, to: number) => new Promise<void>((resolve, reject) => req.write(lines.slice(from, to).join(''), (err) => (err ? reject(err) : resolve())));
  await piece(0, 200);
  const id = await answered;
  const sent = (async () => {
    for (let at = 200; at < lines.length; at += 250) {
      await piece(at, at + 250);
      await new Promise((r) => setTimeout(r, 20));
    }
    req.end();
  })();
  return { id, sent };
}

