/**
 * Lua scripts of the batch store. Each runs atomically in Redis, which is what makes the batch lossless and
 * duplicate-free when a chunk runs twice (a retry, or a stalled job picked up again after its worker died).
 */

/** Appends a row number to its shipment group (field = reference) in one hash: "3,7,12"; the first is the leader. */
export const APPEND_GROUP = `
local v = redis.call('HGET', KEYS[1], ARGV[1])
if v then redis.call('HSET', KEYS[1], ARGV[1], v .. ',' .. ARGV[2]) else redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
return 1`;

/**
 * Counts a finished chunk once: adds the chunk number to the done set and, only if it was not there,
 * adds the chunk's counts to the batch. KEYS: done set, meta hash. ARGV: chunkNo, ttl, then field/increment pairs.
 */
export const COMPLETE_CHUNK = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
if redis.call('TTL', KEYS[1]) < 0 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
for i = 3, #ARGV, 2 do redis.call('HINCRBY', KEYS[2], ARGV[i], ARGV[i + 1]) end
return 1`;

/**
 * Moves a batch from queued to running (never backwards); a batch still uploading (streamed) only gets its
 * start time, and becomes running when it is sealed. KEYS: meta. ARGV: startedAt.
 */
export const MARK_RUNNING = `
local s = redis.call('HGET', KEYS[1], 'status')
if s == 'queued' then
  redis.call('HSET', KEYS[1], 'status', 'running', 'startedAt', ARGV[1])
  return 1
end
if s == 'uploading' then redis.call('HSETNX', KEYS[1], 'startedAt', ARGV[1]) end
return 0`;

/**
 * Ends a streamed upload: the final row and chunk counts, the reason when the upload was cut off (a limit, a
 * syntax error, a dropped connection), and uploading → running (a chunk has started) or queued.
 * KEYS: meta. ARGV: rows, chunks, cut reason ('' = the whole file arrived).
 */
export const SEAL_UPLOAD = `
redis.call('HSET', KEYS[1], 'rows', ARGV[1], 'chunks', ARGV[2])
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], 'cutReason', ARGV[3]) end
if redis.call('HGET', KEYS[1], 'status') == 'uploading' then
  if redis.call('HEXISTS', KEYS[1], 'startedAt') == 1 then redis.call('HSET', KEYS[1], 'status', 'running')
  else redis.call('HSET', KEYS[1], 'status', 'queued') end
  return 1
end
return 0`;
