-- Errors raised inside metamethods propagate with the metamethod's position.
local mt = {
  __index = function(t, k) error("no field " .. k) end,
  __add = function() error("cannot add", 2) end,
  __call = function() error({"table error"}) end,
}
local t = setmetatable({}, mt)
print(pcall(function() return t.x end))
print(pcall(function() return t + 1 end))
local ok, e = pcall(function() return t() end)
print(ok, type(e), e[1])
local ok2, e2 = pcall(tostring, setmetatable({}, {__tostring = function() error("ts") end}))
print(ok2, e2)
