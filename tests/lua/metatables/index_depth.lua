-- Long __index chains through functions and tables; a loop gives an error in 5.1.
local a = setmetatable({}, {})
local b = setmetatable({}, {__index = a})
getmetatable(a).__index = b
print(pcall(function() return a.x end))
local t = setmetatable({}, {__index = function(_, k) return k end})
print(t.hello)
local levels = {}
for i = 1, 90 do
  levels[i] = setmetatable({}, {__index = levels[i - 1]})
end
levels[1].bottom = "bottom"
print(levels[90].bottom)
