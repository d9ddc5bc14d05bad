-- Errors raised inside metamethods carry the metamethod's position; errors about
-- metamethod results (non-function __index values, __call chains) use PUC's messages.
local mt = {}
mt.__index = function(t, k) error("no field " .. k) end
mt.__newindex = function(t, k, v) error("read-only " .. k, 2) end
mt.__add = function(a, b) return nil + 1 end
mt.__concat = function(a, b) error({a = a}) end
mt.__call = function(self, x) return x.y end
mt.__lt = function() error("lt!", 0) end
mt.__le = function() return nil .. "x" end
mt.__unm = function() error("unm", 1) end
mt.__len = function() error("len") end
mt.__eq = function() error("eq") end
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
local function p(f) print(pcall(f)) end
p(function() return a.foo end)
p(function() a.bar = 1 end)
p(function() return a + 1 end)
p(function() return 1 + a end)
p(function() local ok, e = pcall(function() return a .. "s" end); return type(e), e.a == a end)
p(function() return a(nil) end)
p(function() return a < b end)
p(function() return a <= b end)
p(function() return -a end)
p(function() return #a end)
p(function() return a == b end)
p(function() return a ~= b end)
-- __index that is a non-table, non-function value
local c = setmetatable({}, {__index = 5})
p(function() return c.x end)
local d = setmetatable({}, {__newindex = "str"})
p(function() d.x = 1 end)
local e = setmetatable({}, {__call = 42})
p(function() return e() end)
local f = setmetatable({}, {__call = setmetatable({}, {__call = function(...) return select("#", ...) end})})
p(function() return f(1) end)
p(function() local r = e(); return r end)
p(function() e() end)
p(function() local r = f(1); return r end)
p(function() return (e()) end)
print(pcall(e))
print(pcall(f))
p(function() return setmetatable({}, {__call = {}})() end)
