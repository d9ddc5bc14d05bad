-- A metamethod that is not callable fails where the operator is (with its line), while a
-- builtin that calls something uncallable (print's tostring, pcall) gives no position.
local function try(f) print(pcall(f)) end
local mt = {__add = 5, __concat = true, __unm = "x", __index = 7, __lt = 1, __le = 2, __eq = {}}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
try(function() return a + 1 end)
try(function() return 1 .. a end)
try(function() return -a end)
try(function() return a.field end)
try(function() return a < b end)
try(function() return a <= b end)
try(function() return a == b end)
try(function() return setmetatable({}, {__index = function() return nil end}).x end)
local ts = tostring
tostring = nil
local ok, err = pcall(print, 1)
tostring = ts
print(ok, err)
print(pcall(5))
print(pcall(pcall, nil))
print(pcall(table.foreach, {1}, setmetatable({}, {__call = 3})))
