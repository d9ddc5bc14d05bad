-- pcall/xpcall/error inside coroutines: errors caught within the coroutine, yields from
-- the coroutine body between pcalls, error objects crossing resume, nested coroutines.
local co = coroutine.create(function()
  local results = {}
  for i = 1, 3 do
    local ok, err = pcall(function() if i == 2 then error("bad " .. i, 0) end return i end)
    results[#results + 1] = tostring(ok) .. ":" .. tostring(err)
    coroutine.yield(results[#results])
  end
  return table.concat(results, ",")
end)
for i = 1, 5 do print(coroutine.resume(co)) end
local outer = coroutine.wrap(function()
  local inner = coroutine.create(function() error({tag = "inner"}) end)
  local ok, e = coroutine.resume(inner)
  coroutine.yield(ok, type(e), e.tag)
  local ok2, e2 = coroutine.resume(inner)
  coroutine.yield(ok2, e2)
  error("outer failed", 0)
end)
print(outer())
print(outer())
print(pcall(outer))
local co2 = coroutine.create(function()
  return xpcall(function() local t = nil; return t.x end, function(m) return "H:" .. m end)
end)
print(coroutine.resume(co2))
local co3 = coroutine.create(function(...)
  local args = {...}
  local a = coroutine.yield(#args)
  local ok, v = pcall(error, a)
  return ok, v
end)
print(coroutine.resume(co3, 1, 2, 3))
print(coroutine.resume(co3, "value"))
local chain = {}
local function nest(n)
  if n == 0 then coroutine.yield("bottom") return "up" end
  local c = coroutine.create(nest)
  local ok, v = coroutine.resume(c, n - 1)
  chain[#chain + 1] = v
  return v
end
print(coroutine.resume(coroutine.create(nest), 3))
print(table.concat(chain, " "))
