-- Upvalues stay alive after the enclosing function returned; each call gets fresh ones.
local function make()
  local t = {}
  local n = 0
  return function(v) n = n + 1; t[n] = v; return n end, function() return table.concat(t, ",") end
end
local add1, show1 = make()
local add2, show2 = make()
add1("a"); add1("b"); add2("x")
print(show1(), show2())
local function make_many()
  local fs = {}
  for i = 1, 5 do
    local state = i * i
    fs[i] = function(d) state = state + (d or 0); return state end
  end
  return fs
end
local fs = make_many()
print(fs[1](), fs[2](1), fs[2](1), fs[5]())
