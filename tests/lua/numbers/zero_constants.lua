print(0, -0, 1/0)
local function f() return 1/0, -0 end
print(f())
local function g() local a = -0 return a, 0, 1/0 end
print(g())
print(-(0), 0*-1)
-- folded constant arithmetic keeps PUC's results
local function h() return 2^10, 7 % 3, -7 % 3, 2 * 3 + 1, 1 / 2, 10 - 2 * 3 end
print(h())
local function k() return 5 % 0, 1 / 0, -1 / 0, 0 / 0 ~= 0 / 0 end
print(k())
