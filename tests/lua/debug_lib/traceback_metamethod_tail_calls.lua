-- debug.traceback in an xpcall handler, for errors raised below metamethods:
-- the levels that called the metamethod keep their lines, also when the
-- metamethod tail-called the function that raised the error.
local function f(x) error("boom " .. x) end
local g = f
local t = setmetatable({}, {__index = function(t, k) return g(k) end})
print(xpcall(function() return t.x end, debug.traceback))
print(xpcall(function() local v = t.x return v end, debug.traceback))
local u = setmetatable({}, {__index = function(t, k) local r = g(k) return r end})
print(xpcall(function() return u.y end, debug.traceback))
local add = setmetatable({}, {__add = function(a, b) return g("add") end})
print(xpcall(function()
  local s = add + 1
  return s
end, debug.traceback))
