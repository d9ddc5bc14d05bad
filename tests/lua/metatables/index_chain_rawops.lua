-- __index chains, rawget/rawset bypass, __newindex tables and functions
local base = {a = 1}
local mid = setmetatable({b = 2}, {__index = base})
local top = setmetatable({}, {__index = mid})
print(top.a, top.b, top.c, rawget(top, "a"))
local store = {}
local proxy = setmetatable({}, {__newindex = store})
proxy.x = 5
print(rawget(proxy, "x"), store.x)
rawset(proxy, "y", 6)
print(proxy.y, store.y)
local calls = {}
local logged = setmetatable({}, {__newindex = function(t, k, v) calls[#calls + 1] = k; rawset(t, k, v) end})
logged.p = 1 logged.p = 2 logged.q = 3
print(table.concat(calls, ","), logged.p)
local len = setmetatable({}, {__len = function() return 99 end})
print(#len)
local ud = newproxy(true)
getmetatable(ud).__len = function() return 7 end
getmetatable(ud).__index = function(_, k) return k .. "!" end
print(#ud, ud.foo)
local eq1 = setmetatable({}, {__eq = function() return true end})
local eq2 = setmetatable({}, getmetatable(eq1))
print(eq1 == eq2, eq1 == {}, rawequal(eq1, eq2))
local m = {__eq = function() return true end}
print(setmetatable({}, m) == setmetatable({}, {__eq = m.__eq}))
print(setmetatable({}, m) == setmetatable({}, {__eq = function() return true end}))
