/**
 * Appends already-chained events to a tenant's audit chain, atomically and only if the chain head is still the
 * one they were chained on (compare-and-set): concurrent writers never fork the chain; a loser gets the current
 * head back and re-chains. Every key is in the tenant's hash tag (one Redis Cluster slot).
 *
 * KEYS[1] head hash {seq, hash, ms}, KEYS[2] event stream, KEYS[3..] party-history sorted sets.
 * ARGV: expected seq, expected hash, hash of the last new event, count, then per event: at (ms), seq, json, n,
 * then n indexes into KEYS (1-based, from KEYS[3]).
 * Stream ids are `<ms>-<seq>` with ms never going backwards, so XRANGE by time works and ids keep increasing.
 * Returns {1, seq} when appended, {0, seq, hash} (the current head) when another writer came first.
 */
export const AUDIT_APPEND = `
local seq = tonumber(redis.call('HGET', KEYS[1], 'seq') or '0')
local hash = redis.call('HGET', KEYS[1], 'hash') or string.rep('0', 64)
if seq ~= tonumber(ARGV[1]) or hash ~= ARGV[2] then return {0, seq, hash} end
local last = tonumber(redis.call('HGET', KEYS[1], 'ms') or '0')
local i = 5
for e = 1, tonumber(ARGV[4]) do
  local ms = math.max(tonumber(ARGV[i]), last)
  last = ms
  local id = ms .. '-' .. ARGV[i + 1]
  redis.call('XADD', KEYS[2], id, 'e', ARGV[i + 2])
  local n = tonumber(ARGV[i + 3])
  for k = 1, n do redis.call('ZADD', KEYS[2 + tonumber(ARGV[i + 3 + k])], tonumber(ARGV[i + 1]), id) end
  seq = tonumber(ARGV[i + 1])
  i = i + 4 + n
end
redis.call('HSET', KEYS[1], 'seq', seq, 'hash', ARGV[3], 'ms', last)
return {1, seq}`;
