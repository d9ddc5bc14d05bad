-- __index as a function: receives the table and key; called only for absent keys.
local calls = 0
local t = setmetatable({present = 1}, {__index = function(tbl, key)
  calls = calls + 1
  return type(key) .. ":" .. tostring(key)
end})
print(t.present, t.x, t[1], t[true], calls)
print(t[nil])
local proxy = setmetatable({}, {__index = function(_, k) return k * 2 end})
print(proxy[21], proxy[0.5])
local defaults = setmetatable({}, {__index = function() return 0 end})
defaults.x = defaults.x + 1
print(defaults.x, defaults.y)
local multi = setmetatable({}, {__index = function() return 1, 2, 3 end})
print(multi.k)
