-- Generated coroutine plans: yields with varying counts, yields inside pcall (an error in 5.1),
-- nested wraps, string and table errors, early returns; resumed with varying arguments.
SEED = 4
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local out = {}
local function rec(...)
  local t = {n = select("#", ...), ...}
  for i = 1, t.n do t[i] = type(t[i]) == "string" and t[i]:gsub("^.-:%d+: ", "") or tostring(t[i]) end
  out[#out + 1] = table.concat(t, ",", 1, t.n)
end
local function body(plan)
  return function(...)
    local acc = select("#", ...)
    for step = 1, #plan do
      local p = plan[step]
      if p == 0 then acc = acc + select("#", coroutine.yield(acc, step))
      elseif p == 1 then local ok, e = pcall(coroutine.yield, "in pcall"); acc = acc + 1
      elseif p == 2 then error("fail at " .. step)
      elseif p == 3 then
        local inner = coroutine.wrap(function(x) local y = coroutine.yield(x * 2); return y end)
        acc = acc + inner(acc); acc = acc + (inner(1) or 0)
      elseif p == 4 then error({step = step})
      elseif p == 5 then return "early", acc
      else acc = acc + (coroutine.status(coroutine.running()) == "running" and 3 or 0) end
    end
    return "done", acc
  end
end
for round = 1, 60 do
  local plan = {}
  for i = 1, rnd(6) + 1 do plan[i] = rnd(8) < 5 and 0 or rnd(7) end
  local co = coroutine.create(body(plan))
  local args = {}
  for i = 1, rnd(3) do args[i] = i end
  for r = 1, 8 do
    local res = {coroutine.resume(co, unpack(args))}
    if type(res[2]) == "table" then res[2] = "table step " .. tostring(res[2].step) end
    rec(round, r, coroutine.status(co), unpack(res, 1, 3))
    if coroutine.status(co) == "dead" then break end
    args = {}
    for i = 1, rnd(3) do args[i] = "v" .. i end
  end
end
print(table.concat(out, "\n"))
