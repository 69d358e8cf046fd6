import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The one guard for requests the service makes to addresses its users choose (batch `webhookUrl`, alert webhooks):
 * blind SSRF protection. The host is resolved once, every address it resolves to must be public unicast (or inside
 * an explicit allow-list), and the connection is made to that checked address (a custom `lookup`), so a DNS answer
 * that changes between the check and the connect (rebinding) cannot send it elsewhere. Redirects are never
 * followed, the answer is read up to a cap, and the whole exchange has one deadline.
 *
 * Source of the address classes: IANA IPv4 and IPv6 Special-Purpose Address Registries (RFC 6890, updated
 * 2024-01), https://www.iana.org/assignments/iana-ipv4-special-registry and iana-ipv6-special-registry, as
 * classified by ipaddr.js `range()`; metadata endpoints of AWS/GCP/Azure (169.254.169.254, fd00:ec2::254).
 */

/** Why a target is refused (stable, shown to the client naming `webhookUrl`). */
export class OutboundRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OutboundRefused';
  }
}

/** Cloud metadata endpoints: refused even when an allow-list range contains them. */
const METADATA = ['169.254.169.254', 'fd00:ec2::254'].map((a) => ipaddr.parse(a).toNormalizedString());

export interface OutboundPolicy {
  /** CIDR ranges an internal deployment allows (e.g. `10.20.0.0/16`) */
  allowCidrs: readonly string[];
}

type Addr = ReturnType<typeof ipaddr.parse>;

/** IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is judged as the IPv4 address it carries. */
function unwrap(a: Addr): Addr {
  return a.kind() === 'ipv6' && (a as ipaddr.IPv6).isIPv4MappedAddress() ? (a as ipaddr.IPv6).toIPv4Address() : a;
}

function inAllowList(a: Addr, allowCidrs: readonly string[]): boolean {
  return allowCidrs.some((c) => {
    const [net, bits] = ipaddr.parseCIDR(c);
    const candidate = a.kind() === net.kind() ? a : a.kind() === 'ipv4' ? (a as ipaddr.IPv4).toIPv4MappedAddress() : undefined;
    return !!candidate && candidate.match(net as never, bits);
  });
}

/** Why an address may not be reached, or undefined when it may. */
export function addressProblem(address: string, policy: OutboundPolicy): string | undefined {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const raw = ipaddr.parse(address.split('%', 1)[0]!);
  const a = unwrap(raw);
  if (METADATA.includes(a.toNormalizedString()) || METADATA.includes(raw.toNormalizedString())) return 'a cloud metadata address';
  if (inAllowList(a, policy.allowCidrs) || inAllowList(raw, policy.allowCidrs)) return undefined;
  const range = a.range();
  if (range !== 'unicast') return `a ${range} address`;
  // IPv6: only global unicast (2000::/3); anything else left as "unicast" by the registry is not a public host
  if (a.kind() === 'ipv6' && !a.match(ipaddr.parseCIDR('2000::/3') as never)) return 'not a global unicast address';
  return undefined;
}

export interface CheckedTarget {
  url: URL;
  /** the address the connection will be made to */
  address: string;
  family: 4 | 6;
}

/**
 * Resolves the URL's host and checks every address it resolves to; throws OutboundRefused naming the reason.
 * `resolve` is injectable for tests (defaults to the system resolver, all addresses).
 */
export async function checkTarget(
  raw: string,
  policy: OutboundPolicy,
  resolve: (host: string) => Promise<{ address: string; family: number }[]> = (h) => dnsLookup(h, { all: true, verbatim: true }),
): Promise<CheckedTarget> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefused('not a valid URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutboundRefused('only http and https URLs');
  if (url.username || url.password) throw new OutboundRefused('credentials in the URL are not allowed');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let addresses: { address: string; family: number }[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await resolve(host);
    } catch {
      throw new OutboundRefused(`the host "${host}" does not resolve`);
    }
  }
  if (!addresses.length) throw new OutboundRefused(`the host "${host}" does not resolve`);
  for (const { address } of addresses) {
    const problem = addressProblem(address, policy);
    if (problem) throw new OutboundRefused(`the host "${host}" resolves to ${problem}, which webhooks may not reach (WEBHOOK_ALLOW_CIDRS lists internal ranges)`);
  }
  const first = addresses[0]!;
  return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
}

/** A `lookup` that answers the checked address whatever is asked: the connection cannot be rebound. */
export function pinnedLookup(address: string, family: 4 | 6): LookupFunction {
  return ((_host: string, opts: { all?: boolean }, cb: (...args: unknown[]) => void) => {
    if (opts?.all) cb(null, [{ address, family }]);
    else cb(null, address, family);
  }) as unknown as LookupFunction;
}

export interface OutboundResponse {
  status: number;
  /** the start of the answer body, at most `maxResponseBytes` */
  body: string;
}

/**
 * POSTs to a checked target with the connection pinned to its address (TLS still verifies the host name), no
 * redirects (a 3xx is returned as it is, never followed), at most `maxResponseBytes` of the answer read, and one
 * deadline for connect, request and answer.
 */
export function postPinned(
  target: CheckedTarget,
  body: string,
  headers: Record<string, string>,
  opts: { timeoutMs: number; maxResponseBytes: number },
): Promise<OutboundResponse> {
  const { url } = target;
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = transport.request(
      url,
      {
        method: 'POST',
        agent: false,
        lookup: pinnedLookup(target.address, target.family),
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        timeout: opts.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let seen = 0;
        const finish = () => {
          clearTimeout(deadline);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        };
        res.on('data', (d: Buffer) => {
          const room = opts.maxResponseBytes - seen;
          if (room > 0) chunks.push(d.subarray(0, room));
          seen += d.length;
          if (seen >= opts.maxResponseBytes) {
            res.destroy();
            finish();
          }
        });
        res.on('end', finish);
        res.on('error', () => finish());
      },
    );
    const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)), opts.timeoutMs);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${opts.timeoutMs} ms`)));
    req.on('error', (err) => {
      clearTimeout(deadline);
      reject(err);
    });
    req.end(body);
  });
}

/** Checks the target, then POSTs to it (a 3xx answer is refused as a redirect, not followed). */
export async function postWebhook(
  rawUrl: string,
  body: string,
  headers: Record<string, string>,
  opts: OutboundPolicy & { timeoutMs: number; maxResponseBytes: number },
): Promise<OutboundResponse> {
  const target = await checkTarget(rawUrl, opts);
  const res = await postPinned(target, body, headers, opts);
  if (res.status >= 300 && res.status < 400) throw new OutboundRefused(`the webhook answered a redirect (HTTP ${res.status}); redirects are not followed`);
  return res;
}
