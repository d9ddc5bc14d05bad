-- Generic for: iterator function, state, control variable; stateless iterators.
local function iter(s, c)
  if c < s then return c + 1, (c + 1) * (c + 1) end
end
for i, sq in iter, 4, 0 do io.write(i, "=", sq, " ") end
print()
local function values(t)
  local i = 0
  return function() i = i + 1; return t[i] end
end
for v in values({"x", "y", "z"}) do io.write(v) end
print()
for k, v in next, {a = 1} do print(k, v) end
print(pcall(function() for x in 42 do end end))
print(pcall(function() for x in nil do end end))
local extra = 0
for a, b, c, d in function(_, c) if not c then return 1, 2, 3, 4 end end do
  extra = a + b + c + d
end
print(extra)
