-- errors raised inside __index, __newindex, __call and arithmetic metamethods
local t = setmetatable({}, {
  __index = function(_, k) error("no key " .. tostring(k)) end,
  __newindex = function(_, k) error("cannot set " .. tostring(k), 2) end,
  __call = function(self, a) error({a}) end,
  __add = function() error("add failed", 0) end,
})
print(pcall(function() return t.x end))
print(pcall(function() t.y = 1 end))
local ok, e = pcall(t, 5) print(ok, type(e), e[1])
print(pcall(function() return t + 1 end))
local u = setmetatable({}, {__index = "string"})
print(pcall(function() return u.x end))
local v = setmetatable({}, {__call = 1})
print(pcall(v))
local w = setmetatable({}, {__newindex = 5})
print(pcall(function() w.a = 1 end))
print(pcall(function() local q = setmetatable({}, {__index = setmetatable({}, {__index = function() error("deep") end})}) return q.z end))
local nested = 0
local ok2, e2 = pcall(function()
  return pcall(function() error("inner") end)
end)
print(ok2, e2)
print(xpcall(function() error("xp") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2 end, print))
print(xpcall(function() error() end, function(m) return type(m) end))
print(xpcall(function() local x = nil + 1 end, function(m) return (string.gsub(m, "^.-:%d+: ", "")) end))
