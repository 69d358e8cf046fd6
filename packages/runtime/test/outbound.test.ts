import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addressProblem, checkTarget, OutboundRefused, postPinned, postWebhook } from '../src/outbound';

const none = { allowCidrs: [] as string[] };

async function server(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ srv: Server; port: number; hits: string[] }> {
  const hits: string[] = [];
  const srv = createServer((req, res) => {
    hits.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  return { srv, port: (srv.address() as AddressInfo).port, hits };
}
const close = (srv: Server) => new Promise((r) => { srv.closeAllConnections(); srv.close(r); });

describe('outbound guard (webhooks): which addresses may be reached', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.10.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['169.254.10.1', 'linkLocal'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'metadata'],
    ['fc00::5', 'uniqueLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['::', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::7f00:1', 'rfc6052'],
    ['2002:7f00:1::1', '6to4'],
    ['::127.0.0.1', 'loopback'],
    ['192.0.2.1', 'reserved'],
  ])('when a webhook resolves to %s, then it is refused (%s)', (address, why) => {
    const problem = addressProblem(address, none);
    expect(problem).toBeDefined();
    expect(problem!.toLowerCase()).toContain(why.toLowerCase());
  });

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('when a webhook resolves to the public address %s, then it may be reached', (address) => {
    expect(addressProblem(address, none)).toBeUndefined();
  });

  it('when an internal range is allow-listed, then it may be reached (also IPv4-mapped), but never a metadata address', () => {
    const policy = { allowCidrs: ['10.20.0.0/16', '127.0.0.1/32', '169.254.0.0/16'] };
    expect(addressProblem('10.20.3.4', policy)).toBeUndefined();
    expect(addressProblem('::ffff:10.20.3.4', policy)).toBeUndefined();
    expect(addressProblem('127.0.0.1', policy)).toBeUndefined();
    expect(addressProblem('10.21.0.1', policy)).toMatch(/private/);
    expect(addressProblem('127.0.0.2', policy)).toMatch(/loopback/);
    expect(addressProblem('169.254.169.254', policy)).toMatch(/metadata/);
    expect(addressProblem('169.254.1.1', policy)).toBeUndefined();
  });

  it('when a host name resolves to several addresses and one of them is internal, then the URL is refused', async () => {
    const resolve = async () => [{ address: '8.8.8.8', family: 4 }, { address: '10.0.0.7', family: 4 }];
    await expect(checkTarget('https://hooks.example.com/x', none, resolve)).rejects.toThrow(/private/);
    await expect(checkTarget('https://hooks.example.com/x', none, async () => [{ address: '8.8.4.4', family: 4 }])).resolves.toMatchObject({ address: '8.8.4.4', family: 4 });
  });

  it('when the URL is not http(s), carries credentials, or its host does not resolve, then it is refused', async () => {
    await expect(checkTarget('ftp://8.8.8.8/x', none)).rejects.toBeInstanceOf(OutboundRefused);
    await expect(checkTarget('http://u:p@8.8.8.8/x', none)).rejects.toThrow(/credentials/);
    await expect(checkTarget('http://nothing.invalid/x', none)).rejects.toThrow(/does not resolve/);
    await expect(checkTarget('http://[::1]:8080/x', none)).rejects.toThrow(/loopback/);
    await expect(checkTarget('http://0x7f000001/x', none)).rejects.toThrow(/loopback/);
  });

  it('when the name is checked, then the connection goes to the checked address whatever DNS says later (no rebinding)', async () => {
    const { srv, port, hits } = await server((_req, res) => res.end('ok'));
    try {
      // the first answer (checked, allow-listed) is pinned; the system resolver does not even know the name
      const target = await checkTarget(`http://rebind.invalid:${port}/hook`, { allowCidrs: ['127.0.0.1/32'] }, async () => [{ address: '127.0.0.1', family: 4 }]);
      const res = await postPinned(target, '{}', { 'content-type': 'application/json' }, { timeoutMs: 5000, maxResponseBytes: 100 });
      expect(res).toEqual({ status: 200, body: 'ok' });
      expect(hits).toEqual(['/hook']);
    } finally {
      await close(srv);
    }
  });

  it('when a webhook answers with a redirect, then it is refused and the redirect target is never called', async () => {
    const inner = await server((_req, res) => res.end('should not be reached'));
    const outer = await server((_req, res) => {
      res.statusCode = 302;
      res.setHeader('location', `http://127.0.0.1:${inner.port}/latest/meta-data`);
      res.end();
    });
    try {
      await expect(postWebhook(`http://127.0.0.1:${outer.port}/`, '{}', {}, { allowCidrs: ['127.0.0.1/32'], timeoutMs: 5000, maxResponseBytes: 100 })).rejects.toThrow(/redirect/);
      expect(outer.hits).toHaveLength(1);
      expect(inner.hits).toHaveLength(0);
    } finally {
      await close(outer.srv);
      await close(inner.srv);
    }
  });

  it('when a webhook answers with a huge body or never answers, then at most the cap is read and the deadline ends it', async () => {
    const big = await server((_req, res) => {
      res.write('x'.repeat(1 << 20));
      res.end('x'.repeat(1 << 20));
    });
    const silent = await server(() => undefined);
    try {
      const res = await postWebhook(`http://127.0.0.1:${big.port}/`, '{}', {}, { allowCidrs: ['127.0.0.1/32'], timeoutMs: 5000, maxResponseBytes: 1000 });
      expect(res.status).toBe(200);
      expect(res.body.length).toBe(1000);
      await expect(postWebhook(`http://127.0.0.1:${silent.port}/`, '{}', {}, { allowCidrs: ['127.0.0.1/32'], timeoutMs: 300, maxResponseBytes: 1000 })).rejects.toThrow(/no answer within 300 ms/);
    } finally {
      await close(big.srv);
      await close(silent.srv);
    }
  });
});
