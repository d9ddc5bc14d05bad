-- do ... end blocks introduce scopes; return must be the last statement of a block.
local a = 1
do local a = 2; print(a) end
print(a)
local function f(x)
  do if x then return "early" end end
  return "late"
end
print(f(true), f(false))
local function g() do return 1, 2 end end
print(g())
