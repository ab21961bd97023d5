-- pacer-redis: every bucket-store operation, atomically, over the buckets of one charge.
--
-- KEYS: one hash per bucket (all in one cluster slot: the store's hash tag).
-- ARGV[1] op: R reserve, C confirm, G give back, P pause, K reconcile, X credit, S respec, H heartbeat
-- ARGV[2] now in store units, or '' to take it from TIME (microseconds since 2023-11-14)
-- ARGV[3] store units per millisecond (1000 for TIME, 1000000 when the caller passes nanoseconds)
-- ARGV[4], ARGV[5] the operation's numbers (limit; until; remaining and reset; learned flag)
-- then, per key: lanes n, shortest lane (1-based, 0 without rates), idle expiry in ms, token,
-- then n pairs (interval, tolerance) in store units.
--
-- Hash fields: t<k> lane k's theoretical arrival time; p pause until; n bookings counter (a
-- booking's value of it is its ticket's token); g the counter at the last pause, reconcile or
-- credit (bookings at or below it are not given back: the server's word is on top of them);
-- c, r credit left and its reset (fixed-window answers); L, i<k>, o<k> a learned spec's numbers.
-- Numbers are integers in doubles: exact below 2^53 (TIME units reach that in the year 2300).

local op = ARGV[1]
local now
if ARGV[2] == '' then
  local t = redis.call('TIME')
  now = (tonumber(t[1]) - 1700000000) * 1000000 + tonumber(t[2])
else
  now = tonumber(ARGV[2])
end
local perMs = tonumber(ARGV[3])
local a = tonumber(ARGV[4])
local b = tonumber(ARGV[5])

if op == 'H' then
  -- Heartbeat: KEYS[1] a sorted set of live instances; a = window in ms; ARGV[6] this instance.
  -- KEYS[2] the fingerprint of the credential hash key of the live instances; ARGV[7] ours ('' none).
  local ms = math.floor(now / perMs)
  if ARGV[7] ~= '' then
    local held = redis.call('GET', KEYS[2])
    if held and held ~= ARGV[7] then return {-1, now} end
    redis.call('SET', KEYS[2], ARGV[7], 'PX', 2 * a)
  end
  redis.call('ZADD', KEYS[1], ms, ARGV[6])
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms - a)
  redis.call('PEXPIRE', KEYS[1], 2 * a)
  return {redis.call('ZCARD', KEYS[1]), now}
end

local function fmt(v)
  return string.format('%d', v)
end

local buckets = {}
local pos = 6
for i = 1, #KEYS do
  local n = tonumber(ARGV[pos])
  local bk = {key = KEYS[i], n = n, sl = tonumber(ARGV[pos + 1]), ttl = tonumber(ARGV[pos + 2]),
    token = tonumber(ARGV[pos + 3]), iv = {}, tol = {}, argIv = {}, argTol = {}, h = {}, gone = {}}
  for k = 1, n do
    bk.argIv[k] = tonumber(ARGV[pos + 2 + 2 * k])
    bk.argTol[k] = tonumber(ARGV[pos + 3 + 2 * k])
  end
  pos = pos + 4 + 2 * n
  local raw = redis.call('HGETALL', bk.key)
  for j = 1, #raw, 2 do bk.h[raw[j]] = tonumber(raw[j + 1]) end
  local learned = bk.h['L'] ~= nil
  for k = 1, n do
    bk.iv[k] = (learned and bk.h['i' .. k]) or bk.argIv[k]
    bk.tol[k] = (learned and bk.h['o' .. k]) or bk.argTol[k]
  end
  buckets[i] = bk
end

-- Writes a bucket's hash back and sets its expiry: idle expiry after its latest future instant.
local function save(bk)
  local h = bk.h
  local args = {}
  local horizon = now
  for f, v in pairs(h) do
    args[#args + 1] = f
    args[#args + 1] = fmt(v)
    if (string.sub(f, 1, 1) == 't' or f == 'p' or f == 'r') and v > horizon then horizon = v end
  end
  if #bk.gone > 0 then redis.call('HDEL', bk.key, unpack(bk.gone)) end
  if #args > 0 then redis.call('HSET', bk.key, unpack(args)) end
  redis.call('PEXPIRE', bk.key, math.ceil((horizon - now) / perMs) + bk.ttl)
end

local function seq(token)
  return math.floor(token / 2)
end

-- Earliest instant at or after now at which the bucket admits one call, and whether a credit
-- (fixed-window remaining) lets its shortest lane admit at once.
local function earliest(bk)
  local h = bk.h
  local e = now
  local credit = false
  for k = 1, bk.n do
    local t = h['t' .. k]
    if k == bk.sl and h['r'] ~= nil and now < h['r'] and (h['c'] or 0) > 0 then
      credit = true -- the lane admits at once while credit is left
    else
      if k == bk.sl and h['r'] ~= nil and now < h['r'] and h['r'] > e then e = h['r'] end -- spent: not before the reset
      if t ~= nil and t - bk.tol[k] > e then e = t - bk.tol[k] end
    end
  end
  if h['p'] ~= nil and h['p'] > e then e = h['p'] end
  return e, credit
end

local function book(bk, go, credit)
  local h = bk.h
  local used = 0
  for k = 1, bk.n do
    if k == bk.sl and credit and go < h['r'] then
      used = 1
    elseif bk.iv[k] > 0 then
      local t = h['t' .. k]
      if t == nil or t < go then t = go end
      h['t' .. k] = t + bk.iv[k]
    end
  end
  if used == 1 then h['c'] = h['c'] - 1 end
  h['n'] = (h['n'] or 0) + 1
  return h['n'] * 2 + used
end

if op == 'R' then
  -- a = the longest acceptable wait.
  local go = now
  local limiting = -1
  local credits = {}
  for i, bk in ipairs(buckets) do
    local e, credit = earliest(bk)
    credits[i] = credit
    if e > go then
      go = e
      limiting = i - 1
    end
  end
  if go - now > a then return {0, go - now, limiting, now} end
  local out = {1, go - now, limiting, now}
  for i, bk in ipairs(buckets) do
    out[4 + i] = book(bk, go, credits[i])
    save(bk)
  end
  return out
end

if op == 'C' then
  for _, bk in ipairs(buckets) do
    local p = bk.h['p']
    if p ~= nil and p > now then return {0, now} end
  end
  return {1, now}
end

if op == 'G' then
  for _, bk in ipairs(buckets) do
    local h = bk.h
    local s = seq(bk.token)
    if bk.token > 0 and h['n'] == s and (h['g'] == nil or h['g'] < s) then
      local used = bk.token % 2
      for k = 1, bk.n do
        local t = h['t' .. k]
        if t ~= nil and bk.iv[k] > 0 and not (used == 1 and k == bk.sl) then h['t' .. k] = t - bk.iv[k] end
      end
      h['n'] = s - 1 -- the booking is gone; the next one takes its number
      save(bk)
    end
  end
  return {1, now}
end

local bk = buckets[1]
local h = bk.h

if op == 'P' then
  -- a = pause until.
  if h['p'] == nil or h['p'] < a then h['p'] = a end
  if h['r'] ~= nil then -- a pause ends a credit
    h['r'] = nil
    h['c'] = nil
    bk.gone[#bk.gone + 1] = 'r'
    bk.gone[#bk.gone + 1] = 'c'
  end
  for k = 1, bk.n do
    local t = h['t' .. k]
    if t == nil or t < a + bk.tol[k] then h['t' .. k] = a + bk.tol[k] end
  end
  h['g'] = h['n'] or 0
  save(bk)
  return {1, now}
end

-- Calls booked in the bucket after the ticket's own (the store assumes the server did not count them).
local function since()
  if bk.token <= 0 then return 0 end
  return math.max(0, (h['n'] or 0) - seq(bk.token))
end

if op == 'K' then
  -- a = remaining, b = reset.
  local left = math.max(0, a - since())
  for k = 1, bk.n do
    -- A lane with no rate paces nothing: only a pause (remaining 0) holds it, and the engine sends that.
    if bk.iv[k] > 0 then
      local floor = b + bk.tol[k] - left * bk.iv[k]
      local t = h['t' .. k]
      if t == nil or t < floor then h['t' .. k] = floor end
    end
  end
  h['g'] = h['n'] or 0
  save(bk)
  return {1, now}
end

if op == 'X' then
  -- a = remaining, b = reset.
  if b <= now or bk.sl == 0 then return {0, now} end
  local credit = math.max(0, a - since())
  local r = h['r']
  if r ~= nil and math.abs(b - r) <= 100 * perMs then
    -- The same window: the lowest count is the latest, and so is the latest reset.
    if credit < (h['c'] or 0) then h['c'] = credit end
    if b > r then h['r'] = b end
  elseif r == nil or b > r then
    h['r'] = b
    h['c'] = credit
    h['g'] = h['n'] or 0
    local t = h['t' .. bk.sl]
    if t ~= nil and t > b then h['t' .. bk.sl] = b end -- from reset on, the lane paces from no later than reset
  else
    return {0, now}
  end
  save(bk)
  return {1, now}
end

if op == 'S' then
  -- a = 1: run on the lanes given (a learned limit); 0: back to the rule's own.
  if a == 1 then
    h['L'] = 1
    for k = 1, bk.n do
      h['i' .. k] = bk.argIv[k]
      h['o' .. k] = bk.argTol[k]
    end
  else
    if h['L'] ~= nil then
      h['L'] = nil
      bk.gone[#bk.gone + 1] = 'L'
      for k = 1, bk.n do
        h['i' .. k] = nil
        h['o' .. k] = nil
        bk.gone[#bk.gone + 1] = 'i' .. k
        bk.gone[#bk.gone + 1] = 'o' .. k
      end
    end
  end
  save(bk)
  return {1, now}
end

return redis.error_reply('pacer-redis: unknown operation ' .. tostring(op))
