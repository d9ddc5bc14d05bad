-- __call: calling a table passes the table as first argument plus the arguments.
local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(callable(1, 2))
print(callable())
print(pcall(callable, "x"))
local counter = setmetatable({n = 0}, {__call = function(self) self.n = self.n + 1; return self.n end})
counter(); counter()
print(counter())
local t = {f = callable}
print(t.f("m"))
print(select("#", callable(1, 2)))
local nested = setmetatable({}, {__call = callable})
print(pcall(nested, 7))
local function vararg_call(...) return select("#", ...) end
local v = setmetatable({}, {__call = function(self, ...) return vararg_call(...) end})
print(v(nil, nil, nil))
