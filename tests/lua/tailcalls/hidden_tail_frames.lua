-- Activations that made a tail call are gone: stack levels, tracebacks, error
-- levels, names, environments, locals and weak references see "(tail call)"
-- levels instead, however long the chain and wherever it starts.

local function levels()
  local out = {}
  local l = 2
  while true do
    local info = debug.getinfo(l, "Slnf")
    if not info then break end
    out[#out + 1] = string.format("%s:%s:%s:%s:%s", info.what, info.short_src,
      tostring(info.currentline), tostring(info.name), tostring(info.what == "C" or info.func ~= nil))
    l = l + 1
  end
  return out
end

-- a short chain under a plain call
local function c() return levels() end
local function b() return c() end
local function a() local r = b() return r end
for i, l in ipairs(a()) do print("short", i, l) end

-- tracebacks
local function t3() return debug.traceback("tb", 1) end
local function t2() return t3() end
local function t1() local s = t2() return s end
print(t1())

-- a chain longer than any bound on hidden activations
local function chain(n)
  if n == 0 then
    local ls = levels()
    local tails = 0
    for _, l in ipairs(ls) do
      if l:find("^tail") then tails = tails + 1 end
    end
    return #ls, tails, ls[1], ls[#ls - 1], ls[#ls]
  end
  return chain(n - 1)
end
print("chain", chain(250))
local tb
local function chain2(n)
  if n == 0 then tb = debug.traceback("deep") return n end
  return chain2(n - 1)
end
print(chain2(300))
print(tb)

-- error levels inside chains
local function raise(level) error("raised at " .. level, level) end
local function r2(level) return raise(level) end
local function r1(level) local ok, e = pcall(r2, level) return e end
for level = 1, 4 do print("error level", level, r1(level)) end
local function rr(level) return raise(level) end
local function rcaller(level) local x = rr(level) return x end
for level = 1, 4 do print("pcall error level", level, select(2, pcall(rcaller, level))) end

-- names and functions of levels under a tail call
local function named() local i2 = debug.getinfo(2, "nf") local i1 = debug.getinfo(1, "n")
  return tostring(i1.name) .. " " .. tostring(i1.namewhat) .. " " .. tostring(i2.func) end
local function tailnamed() return named() end
print("names", tailnamed())

-- getfenv of a tail call level
local function env2() return pcall(getfenv, 2) end
local function env1() return env2() end
local function env0() local ok, e = env1() return ok, e == _G end
print("getfenv", env0())
local function env6() return pcall(getfenv, 3) end
local function env7() return env6() end
local function env8() local ok, e = env7() return ok, e end
print("getfenv tail", env8())
local function env9() return pcall(setfenv, 3, {}) end
local function env10() return env9() end
local function env11() local ok, e = env10() return ok, e end
print("setfenv tail", env11())
local function env3() return getfenv(3) == _G end
local function env4() return env3() end
local function env5() local r = env4() return r end
print("getfenv 3", env5())

-- locals of a tail call level
local function loc2() return debug.getlocal(2, 1) end
local function loc1(x) local y = x return loc2() end
local function loc0() local r1, r2 = loc1(42) return r1, r2 end
print("getlocal", loc0())

-- weak references held only by an activation that made a tail call
local weak = setmetatable({}, { __mode = "k" })
local function count()
  collectgarbage()
  collectgarbage()
  local n = 0
  for _ in pairs(weak) do n = n + 1 end
  return n
end
local function holder()
  local key = {}
  weak[key] = true
  return count()
end
print("weak", holder(), count())

-- values through chains
local function many(n) return n, n + 1, nil, n + 2 end
local function tail_many(n) return many(n) end
local function tail_tail_many(n) return tail_many(n) end
print("values", select("#", tail_tail_many(1)), tail_tail_many(5))
local function va(...) return ... end
local function tail_va(...) return va(...) end
print("varargs", select("#", tail_va()), select("#", tail_va(nil, nil)), tail_va(1, 2, 3))

-- recursion that makes a tail call on every level is as deep as lua5.1 lets it be
local depth = 0
local g
local function f(n)
  depth = n
  return g(n)
end
g = function(n)
  local r = f(n + 1)
  return r
end
local ok, err = pcall(f, 1)
print("depth", ok, err:match("stack overflow$"), depth > 10000, depth < 20000)
