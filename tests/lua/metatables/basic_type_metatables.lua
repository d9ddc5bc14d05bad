-- debug.setmetatable on numbers, booleans, nil, functions and threads: one
-- metatable per type, used by getmetatable, indexing, calls, operators and
-- tostring; setting nil removes it again.
local mt = {}
print(debug.setmetatable(10, mt))
print(getmetatable(-2) == mt, debug.getmetatable(3.5) == mt, getmetatable("x") == mt)
mt.__index = function (a, b) return a + b end
print((10)[3], (2)[-5])
local x = 7
print(x[1])
mt.__call = function (self, y) return "called " .. self .. " with " .. tostring(y) end
print((5)(6), x("a"))
mt.__len = function (n) return n * 2 end
print(#x)
mt.__concat = function (a, b) return "cat" end
print(pcall(function () return x .. {} end))
mt.__add = function (a, b) return "add" end
print({} + 1, 1 + {})
mt.__tostring = function (n) return "num" end
print(tostring(12))
mt.__newindex = function (n, k, v) print("newindex", n, k, v) end
x.y = 3
mt.__metatable = "locked"
print(getmetatable(1), debug.getmetatable(1) == mt)
debug.setmetatable(0, nil)
print(getmetatable(1), pcall(function () return x[1] end))

-- booleans
local bmt = {__index = function (b, k) return k .. tostring(b) end,
             __unm = function (b) return not b end,
             __lt = function (a, b) return not a and b end,
             __le = function (a, b) return a == b end}
debug.setmetatable(true, bmt)
print(getmetatable(false) == bmt, (true).x, (false).y, -true)
print(false < true, true < false, true <= true, pcall(function () return true < 1 end))

-- nil
debug.setmetatable(nil, {__index = function (_, k) return "nil." .. k end,
                         __call = function (_, a) return "nil called", a end})
local n
print(n.field, n[1], n(9))
print(getmetatable(nil) ~= nil)
debug.setmetatable(nil, nil)
print(pcall(function () return n.field end))

-- functions
local fmt = {__index = {describe = function (f) return "a function " .. type(f) end},
             __concat = function (a, b) return "f.." end}
debug.setmetatable(print, fmt)
print(getmetatable(function () end) == fmt, print:describe(), (function () end):describe())
print(print .. 1, 1 .. print)
debug.setmetatable(print, nil)
print(getmetatable(print))

-- threads
local co = coroutine.create(function () end)
debug.setmetatable(co, {__index = {status = coroutine.status}})
print(co:status(), coroutine.running() == nil or coroutine.running():status())
print(getmetatable(coroutine.create(function () end)) ~= nil)
debug.setmetatable(co, nil)
print(pcall(function () return co:status() end))
print(pcall(debug.setmetatable, 1, 2))
local smt = getmetatable("")
smt.__tostring = function (s) return "<" .. s .. ">" end
print("str", tostring("x"))
smt.__tostring = nil
print("str")
