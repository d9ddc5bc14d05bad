-- The boolean result of a comparison of numbers used as an operand of another
-- comparison or of arithmetic: 1 < 2 < 3 compares a boolean with a number.
local n = 42
local function try(f) print(pcall(f)) end
try(function() return 1 < 2 < 3 end)
try(function() return (1 < 2) < 3 end)
try(function() return n < 2 < 0 / 0 end)
try(function() return n > 2 <= n end)
try(function() return 3 >= (n <= 5) end)
try(function() return (n < 2) + 1 end)
try(function() return 1 + (n >= 2) end)
try(function() return -(n == 2) end)
try(function() return (1 < 2) == true, (n < 2) == false end)
try(function() local s = 0 for i = 1, 3 do s = s + i end return (s > 5) < s end)
for i = 1, 3 do try(function() return i < 2 < i end) end
