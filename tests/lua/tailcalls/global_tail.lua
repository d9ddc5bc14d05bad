-- Tail calls through global functions and table fields, 10 million deep.
function gcount(n) if n <= 0 then return "done" end return gcount(n - 1) end
print(gcount(10000000))
local M = {}
function M.a(n) if n <= 0 then return "M done" end return M.b(n - 1) end
function M.b(n) return M.a(n - 1) end
print(M.a(10000000))
