-- Reassigning a local that holds a function changes what recursive closures call.
local f
f = function(n) if n == 0 then return "original" end return f(n - 1) end
local saved = f
f = function() return "replaced" end
print(saved(3), saved(0))
local count = 0
local function counting()
  count = count + 1
  return count
end
local alias = counting
print(alias(), counting(), count)
