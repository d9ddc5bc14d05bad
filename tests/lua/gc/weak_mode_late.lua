-- a __mode set on a metatable after setmetatable is noticed by the next full collection
local mt = {}
local cache = setmetatable({}, mt)
mt.__mode = "k"
cache[{}] = "gone"
local keep = {}
cache[keep] = "kept"
collectgarbage()
local n = 0
for k, v in pairs(cache) do n = n + 1; print(v) end
print(n)

-- weak values, the metatable set through a global and a coroutine holding the table
local mv = {}
weakv = setmetatable({}, mv)
local co = coroutine.create(function(t)
  coroutine.yield()
  return t
end)
local held = setmetatable({}, mv)
coroutine.resume(co, held)
held = nil
mv.__mode = "v"
weakv[1] = {}
weakv[2] = keep
collectgarbage()
print(weakv[1], weakv[2] == keep)
-- the table only a suspended coroutine holds became weak too
local _, t = coroutine.resume(co)
t[1] = {}
collectgarbage()
print(t[1])
-- an upvalue and a local of a running function
local function f()
  local loc = setmetatable({}, {})
  local mtl = getmetatable(loc)
  return function()
    mtl.__mode = "kv"
    loc[{}] = {}
    loc.x = {}
    collectgarbage()
    return next(loc)
  end
end
print(f()())
-- mode removed again: entries stay
mt.__mode = nil
cache[{}] = 1
collectgarbage()
local c = 0
for _ in pairs(cache) do c = c + 1 end
print(c)
-- debug.setmetatable on a table counts as well
local d = {}
debug.setmetatable(d, {__mode = "k"})
d[{}] = 1
collectgarbage()
print(next(d))
