-- A local is visible only after its declaration statement; blocks end scopes.
local v = "outer"
do
  local v = v .. "+inner"
  print(v)
end
print(v)
local function f()
  return type(later)
end
local later = 1
print(f())
for i = 1, 2 do
  local v = i
end
print(v)
if true then local v = "if" end
print(v)
local z = 1
while z < 3 do local z2 = z; z = z + 1 end
print(z, z2)
