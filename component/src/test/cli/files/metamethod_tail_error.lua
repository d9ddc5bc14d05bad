-- an error raised by a function that a metamethod tail-called
local function f(x) error("boom " .. x) end
local g = f
local t = setmetatable({}, {__index = function(t, k) return g(k) end})
print(t.x)
