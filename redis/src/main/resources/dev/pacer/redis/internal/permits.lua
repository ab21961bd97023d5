-- pacer-redis: concurrency leases shared by every process, one script call per operation.
--
-- KEYS: one sorted set per concurrency cap (all in one cluster slot: the store's hash tag).
-- Members are lease ids; a member's score is the instant its lease expires, in milliseconds on
-- Redis' TIME, so processes whose clocks differ agree. A key expires one lease length after its
-- last acquire or renewal, and an empty set vanishes, so memory is bounded by live caps.
-- ARGV[1] op: A acquire, L release, W renew
-- ARGV[2] the lease length in ms
-- A: ARGV[3] the lease id, ARGV[3 + i] the cap of KEYS[i]. Takes the lease on every key or none.
-- L: ARGV[3] the lease id. Removes it from every key.
-- W: ARGV[3] n, then n pairs (key index, lease id). Sets each lease's expiry to now + length.

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local op = ARGV[1]
local lease = tonumber(ARGV[2])

local function fmt(v)
  return string.format('%d', v)
end

if op == 'A' then
  local id = ARGV[3]
  for i = 1, #KEYS do
    -- Leases whose holder stopped renewing (its process died) no longer count.
    redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', fmt(now))
    if not redis.call('ZSCORE', KEYS[i], id) and redis.call('ZCARD', KEYS[i]) >= tonumber(ARGV[3 + i]) then
      return {0, i - 1}
    end
  end
  local expiry = fmt(now + lease)
  for i = 1, #KEYS do
    redis.call('ZADD', KEYS[i], expiry, id)
    redis.call('PEXPIRE', KEYS[i], lease)
  end
  return {1, -1}
end

if op == 'L' then
  for i = 1, #KEYS do
    redis.call('ZREM', KEYS[i], ARGV[3])
  end
  return {1}
end

if op == 'W' then
  -- A lease missing from its set (Redis restarted, or the holder stalled past its lease) is put
  -- back: its call is still running, and the count should say so.
  local expiry = fmt(now + lease)
  local n = tonumber(ARGV[3])
  for j = 0, n - 1 do
    redis.call('ZADD', KEYS[tonumber(ARGV[4 + 2 * j])], expiry, ARGV[5 + 2 * j])
  end
  for i = 1, #KEYS do
    redis.call('PEXPIRE', KEYS[i], lease)
  end
  return {n}
end

return redis.error_reply('pacer-redis: unknown permit operation ' .. tostring(op))
