-- weak tables: modes, values referencing keys (no ephemerons in 5.1), strings never collected
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local k = setmetatable({}, {__mode = "k"})
do
  local key1, key2 = {}, {}
  k[key1] = {ref = key1}
  k[key2] = "plain"
end
collectgarbage() collectgarbage()
print("k", count(k))
local v = setmetatable({}, {__mode = "v"})
v.a = {} v.b = "str" v.c = 1 v.d = print v.e = coroutine.create(function() end)
collectgarbage()
print("v", count(v), v.b, v.c, v.d == print)
local kv = setmetatable({}, {__mode = "kv"})
local alive = {}
kv[alive] = {} kv[{}] = alive kv[1] = {} kv.s = alive
collectgarbage()
print("kv", count(kv), kv.s == alive)
local strong = setmetatable({}, {__mode = "k"})
strong[{}] = 1
setmetatable(strong, nil)
collectgarbage()
print("mode removed", count(strong))
