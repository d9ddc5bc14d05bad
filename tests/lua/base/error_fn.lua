-- error with a string message at level 1 from a nested function.
local function thrower(msg, lvl) error(msg, lvl) end
print(pcall(thrower, "a", 1))
print(pcall(thrower, "b", 2))
print(pcall(thrower, "c", 0))
print(pcall(function() thrower("d", 2) end))
