-- print: tab separated, uses tostring (including a redefined global tostring).
print(1, "two", nil, false, 3.5)
print()
print("")
print(nil)
local saved = tostring
tostring = function(v) return "<" .. saved(v) .. ">" end
print(1, "x")
tostring = saved
print(1, "x")
tostring = function() return 5 end
print(pcall(print, "y"))
tostring = saved
