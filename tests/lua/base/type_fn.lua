-- type() on every kind of value, and its argument check.
print(type(nil), type(true), type(0), type("s"), type({}), type(print), type(function() end))
print(type(coroutine.create(function() end)), type(io.stdout), type(newproxy()))
print(type(type), type(type(nil)))
print(pcall(type))
print(type(nil) == "nil", type(print) == "function")
