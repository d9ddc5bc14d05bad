-- traceback lines for functions run as metamethods or by builtins: "in function <file:line>",
-- also for __index, __newindex, __call, __eq, __lt and __concat functions.
local function tb() print((debug.traceback("", 2):gsub("\n%s*%[C%]: %?$", ""))) end
local mt = {}
mt.__index = function(t, k) tb() return k end
mt.__newindex = function(t, k, v) tb() end
mt.__call = function(self, a) tb() return a end
mt.__eq = function(a, b) tb() return true end
mt.__lt = function(a, b) tb() return true end
mt.__le = function(a, b) tb() return true end
mt.__concat = function(a, b) tb() return "cc" end
mt.__unm = function(a) tb() return 0 end
mt.__len = function(a) tb() return 0 end
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
local _ = a.field
a.other = 1
a(5)
_ = a == b
_ = a < b
_ = a <= b
_ = a .. "x"
_ = -a
_ = #a
local function viaIndex() return a.deep end
viaIndex()
local obj = setmetatable({}, {__index = function(t, k) return function() tb() end end})
obj:method()
table.sort({3, 2, 1}, function(x, y) if x == 3 and y == 2 then tb() end return x < y end)
print((string.gsub("a", "a", function() tb() return "b" end)))
