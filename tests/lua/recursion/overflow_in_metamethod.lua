-- Recursion through __index functions: deep is fine, infinite raises an error.
local depth = 0
local t = setmetatable({}, {__index = function(self, k)
  depth = depth + 1
  if k <= 0 then return 0 end
  return self[k - 1] + 1
end})
print(t[100], depth)
local inf = setmetatable({}, {})
getmetatable(inf).__index = function(self, k) return self[k] end
local ok, err = pcall(function() return inf.x end)
print(ok, (string.gsub(err, "^.-:%d+: ", "")))
