-- pairs order over the standard library tables (their luaL_Reg order and creation size).
local function keys(t)
  local r = {}
  for k in pairs(t) do r[#r + 1] = tostring(k) end
  return table.concat(r, " ")
end
print(keys(string))
print(keys(math))
print(keys(table))
print(keys(os))
print(keys(io))
print(keys(coroutine))
print(keys(package))
print(keys(package.loaders))
print(keys(getmetatable("")))
