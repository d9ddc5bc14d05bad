-- __newindex: called only for absent keys; as a table it redirects the store.
local log = {}
local t = setmetatable({existing = 1}, {__newindex = function(tbl, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(tbl, k, v)
end})
t.existing = 2
t.new = 3
t.new = 4
print(table.concat(log, " "), t.existing, t.new)
local store = {}
local redirect = setmetatable({}, {__newindex = store})
redirect.a = 1
print(rawget(redirect, "a"), store.a)
local ro = setmetatable({}, {__newindex = function(_, k) error("read-only: " .. k, 2) end})
print(pcall(function() ro.x = 1 end))
local chain_target = {}
local inner = setmetatable({}, {__newindex = chain_target})
local outer = setmetatable({}, {__newindex = inner})
outer.z = 5
print(rawget(outer, "z"), rawget(inner, "z"), chain_target.z)
