-- Errors raised deep inside mutual recursion keep the position of the raising function;
-- pcall at an intermediate level catches and recursion continues; tracebacks are truncated.
local is_even, is_odd
function is_even(n) if n < 0 then error("negative: " .. n) end if n == 0 then return true end return is_odd(n - 1) end
function is_odd(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(10), is_odd(7), pcall(is_even, -1))
local function walk(n, fail)
  if n == fail then error({at = n}) end
  if n == 0 then return 0 end
  local ok, r = pcall(walk, n - 1, fail)
  if not ok then return "caught at " .. n .. " from " .. r.at end
  return r
end
print(walk(10, 3), walk(5, -1))
local function rec(n) if n == 0 then local x = nil; return x.y end return (rec(n - 1)) end
print(pcall(rec, 50))
local ok, tb = xpcall(function() rec(30) end, debug.traceback)
local lines = 0
for _ in tb:gmatch("\n") do lines = lines + 1 end
print(ok, lines, tb:match("%.%.%.") ~= nil)
