-- Varargs forwarded through methods and string.format.
local logger = {prefix = ">"}
function logger:log(fmt, ...) return self.prefix .. string.format(fmt, ...) end
print(logger:log("%d-%s-%g", 1, "two", 3.5))
print(logger:log("none"))
function logger:count(...) return select("#", ...) end
print(logger:count(), logger:count(nil), logger:count(1, 2, 3))
local function forward(obj, method, ...) return obj[method](obj, ...) end
print(forward(logger, "log", "%s+%s", "a", "b"))
