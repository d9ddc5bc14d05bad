-- Metamethods that themselves use raw operations to avoid recursion.
local t = setmetatable({}, {
  __index = function(self, k) local v = rawget(self, "_" .. k); return v end,
  __newindex = function(self, k, v) rawset(self, "_" .. k, v) end,
})
t.a = 1
t.b = 2
print(t.a, t.b, rawget(t, "a"), rawget(t, "_a"))
local keys = {}
for k in pairs(t) do keys[#keys + 1] = k end
table.sort(keys)
print(table.concat(keys, " "))
