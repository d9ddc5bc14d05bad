-- A metatable first used without a weak mode, then given __mode: tables that
-- setmetatable gives it afterwards are weak too, as are the earlier ones.
local mt = {}
local objects = {}
for i = 1, 3 do objects[i] = setmetatable({}, mt) end
mt.__mode = "k"
local later = setmetatable({}, mt)
later[{}] = "later"
objects[1][{}] = "earlier"
local kept = {}
later[kept] = "kept"
collectgarbage()
local n = 0
for k, v in pairs(later) do n = n + 1 print(k == kept, v) end
print(n, next(objects[1]))
-- a metatable without __mode stays plain for many objects
local Plain = {}
Plain.__index = Plain
local list = {}
for i = 1, 1000 do list[i] = setmetatable({id = i}, Plain) end
local key = {}
list[7][key] = true
collectgarbage()
print(list[7][key], #list)
