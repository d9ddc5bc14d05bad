-- coro_suspended: many suspended coroutines alive at once.
-- Creates N coroutines (argument, default 100000), each suspended three Lua
-- calls deep inside a loop with a few locals, keeps them all, then resumes
-- every one to the end and checks the results. Run with a capped heap to
-- check the claim that 100k suspended coroutines fit in 1 GiB:
--   ./lunacy --vm.Xmx1g benchmarks/memory/coro_suspended.lua 100000
local N = tonumber(arg and arg[1]) or 100000
local yield = coroutine.yield

local function leaf(a, b)
  local c = a + b
  local d = yield(c)
  return c + d
end

local function middle(x)
  local t = {x, x + 1}
  return leaf(t[1], t[2]) * 2
end

local function body(seed)
  local sum = 0
  for i = 1, 2 do
    sum = sum + middle(seed + i)
  end
  return sum
end

local cos = {}
for i = 1, N do
  local co = coroutine.create(body)
  assert(coroutine.resume(co, i))
  cos[i] = co
end
collectgarbage()
local kb = collectgarbage("count")
io.write(string.format("%d suspended coroutines, %.1f MB in use\n", N, kb / 1024))

local total = 0
for i = 1, N do
  local co = cos[i]
  local ok, v = coroutine.resume(co, 1)
  while coroutine.status(co) ~= "dead" do
    ok, v = coroutine.resume(co, 1)
  end
  assert(ok, v)
  total = total + v
end
-- coroutine i returns the sum over j = 1, 2 of 2 * (2 * (i + j) + 2)
local expected = 0
for i = 1, N do
  expected = expected + 8 * i + 20
end
if total ~= expected then
  error("total " .. total .. ", expected " .. expected)
end
io.write("result ", string.format("%d", total), "\n")
