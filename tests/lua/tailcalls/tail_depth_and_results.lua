-- Proper tail calls: deep tail recursion without stack growth, tail calls through
-- varargs, methods and __call, results passed through unchanged; non-tail forms grow.
local function loop(n, acc) if n == 0 then return acc end return loop(n - 1, acc + 1) end
print(loop(200000, 0))
local obj = {}
function obj:count(n) if n == 0 then return "done", self == obj end return self:count(n - 1) end
print(obj:count(100000))
local callable = setmetatable({}, {__call = function(self, n) if n == 0 then return "called" end return self(n - 1) end})
print(callable(50000))
local function va(n, ...) if n == 0 then return select("#", ...), ... end return va(n - 1, ...) end
print(va(100000, "a", nil, "c"))
local even, odd
function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100001), odd(100001))
local function notail(n) if n == 0 then return 0 end return (notail(n - 1)) end
print(pcall(notail, 100))
local function grow(n) if n == 0 then return 0 end return 1 + grow(n - 1) end
print(grow(1000))
local function tb() return debug.traceback("tb", 1) end
local function viaTail() return tb() end
print((viaTail():gsub("0x%x+", "ADDR")))
