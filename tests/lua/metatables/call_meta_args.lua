-- __call receives the object first; nested callable tables; varargs
local c = setmetatable({name = "c"}, {__call = function(self, ...) return self.name, select('#', ...), ... end})
print(c(1, nil, 3))
print(c())
print(pcall(c, "x"))
local t = {f = c}
print(t.f("y"))
print(select("#", t:f()), (t:f()))
local d = setmetatable({}, {__call = c})
print(pcall(d, "z"))
print(select('#', c(nil, nil)))
