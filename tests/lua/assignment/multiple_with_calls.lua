-- A call in the middle of an expression list yields exactly one value.
local function two() return "a", "b" end
local a, b, c, d = two(), two()
print(a, b, c, d)
local e, f, g = two(), "x"
print(e, f, g)
local h, i = (two())
print(h, i)
local t = {}
t.x, t.y, t.z = 1, two()
print(t.x, t.y, t.z)
