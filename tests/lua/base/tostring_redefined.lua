-- print errors if the global tostring is not a function or returns a non-string.
local saved = tostring
tostring = nil
local ok, e = pcall(print, 1)
tostring = saved
print(ok, e)
tostring = function() return {} end
ok, e = pcall(print, 1)
tostring = saved
print(ok, e)
