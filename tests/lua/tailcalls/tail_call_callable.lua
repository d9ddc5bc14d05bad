-- Tail calls to a table with __call and to builtins.
local t = setmetatable({}, {__call = function(self, n) return "called with " .. n end})
local function f(n) return t(n) end
print(f(5))
local function g(s) return string.upper(s) end
print(g("tail builtin"))
local function h(...) return select("#", ...) end
local function k() return h(1, 2, 3) end
print(k())
local cnt = 0
local looper = setmetatable({}, {__call = function(self, n)
  cnt = cnt + 1
  if n == 0 then return cnt end
  return self(n - 1)
end})
print(looper(100000))
