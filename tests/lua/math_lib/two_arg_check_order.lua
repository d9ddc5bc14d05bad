-- atan2, pow, fmod, mod and ldexp check their second argument before their
-- first (lua5.1 reports "bad argument #2" when both are bad); math.mod is the
-- very same function as math.fmod.
for _, n in ipairs({"atan2", "pow", "fmod", "mod", "ldexp"}) do
  local f = math[n]
  print(n, pcall(f))
  print(n, pcall(f, "x", "y"))
  print(n, pcall(f, {}, 2))
  print(n, pcall(f, 2, {}))
  print(n, pcall(f, nil, nil))
end
print(math.mod == math.fmod, rawequal(math.mod, math.fmod), string.gfind == string.gmatch)
print(pcall(function() return math.pow() end))
print(pcall(function() return math.ldexp("a") end))
print(pcall(function() local m = math.mod; return m(nil) end))
