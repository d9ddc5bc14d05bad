-- Nested pcall inside recursion up to moderate depth (C stack limit is 200 in 5.1).
local function nest(n)
  if n == 0 then error("deep") end
  local ok, err = pcall(nest, n - 1)
  return "level" .. n .. ":" .. tostring(err)
end
print((nest(3)))
local function count(n) if n == 0 then return 0 end local ok, v = pcall(count, n - 1); return v + 1 end
print(count(150))
