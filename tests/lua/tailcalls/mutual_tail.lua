-- Mutual tail recursion 10 million deep between two local functions.
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(10000000), odd(10000000), even(9999999))
