-- Tail calls to builtins (yield, select, unpack, pcall, error, setmetatable) and through
-- coroutines: results pass through, yields inside tail-called builtins resume correctly.
local function y(...) return coroutine.yield(...) end
local co = coroutine.wrap(function(a)
  local b = y(a + 1)
  local c, d = y(b * 2, "extra")
  return select("#", c, d), c, d
end)
print(co(1))
print(co(10))
print(co("p", "q"))
local function sel(...) return select(2, ...) end
print(sel(1, 2, 3))
local function unp(t) return unpack(t) end
print(unp({1, nil, 3}))
local function pc(...) return pcall(...) end
print(pc(error, "tail err", 0))
print(pc(function(...) return ... end, 1, 2))
local function err() return error("from tail", 1) end
print(pcall(err))
local function smt(t) return setmetatable(t, {__index = {k = "v"}}) end
print(smt({}).k)
local function tostr(v) return tostring(v) end
print(tostr(12), tostr(nil))
local function deep(n) if n == 0 then return coroutine.yield("bottom") end return deep(n - 1) end
local c2 = coroutine.create(deep)
print(coroutine.resume(c2, 5000))
print(coroutine.resume(c2, "resumed"))
print(coroutine.status(c2))
local function tb(n) if n == 0 then return debug.traceback("t", 1) end return tb(n - 1) end
print((tb(3):gsub("\n%s*%[C%]: %?$", "")))
