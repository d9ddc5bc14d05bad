-- The numeric for variable is a fresh copy each iteration; the hidden counter is separate.
local fs = {}
for i = 1, 3 do
  fs[i] = function() return i end
  i = "changed"
end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for k, v in pairs({a = 1}) do
  gs[1] = function() return k, v end
end
print(gs[1]())
