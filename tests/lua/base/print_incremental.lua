-- print writes each value as it goes: output of __tostring and errors interleave with it
local noisy = setmetatable({}, {__tostring = function() io.write("<side effect>") return "noisy" end})
print("a", noisy, "b")
print(noisy)
local bad = setmetatable({}, {__tostring = function() error("bad tostring") end})
print(pcall(print, "before", bad, "after"))
print()
print(pcall(print, 1, 2, setmetatable({}, {__tostring = function() return {} end})))
print()
