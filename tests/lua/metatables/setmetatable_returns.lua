-- setmetatable returns its first argument; metatables can be shared and changed later.
local mt = {}
local a = setmetatable({}, mt)
local b = setmetatable({}, mt)
mt.__index = {shared = "yes"}
print(a.shared, b.shared)
mt.__index = nil
print(a.shared)
print(getmetatable(a) == getmetatable(b))
setmetatable(a, nil)
print(getmetatable(a), getmetatable(b) == mt)
local self_mt = {}
self_mt.__index = self_mt
self_mt.hello = "from self"
print(setmetatable({}, self_mt).hello)
