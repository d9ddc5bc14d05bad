-- Stateful iterators written as closures, used with generic for.
local function range(n, step)
  local i = 0
  step = step or 1
  return function()
    i = i + step
    if i <= n then return i end
  end
end
local out = {}
for v in range(10, 3) do out[#out + 1] = v end
print(table.concat(out, " "))
local function chars(s)
  local i = 0
  return function() i = i + 1; if i <= #s then return i, s:sub(i, i) end end
end
for i, c in chars("abc") do io.write(i, c, " ") end
print()
local function fib_iter(limit)
  local a, b = 0, 1
  return function()
    if a > limit then return nil end
    local r = a
    a, b = b, a + b
    return r
  end
end
out = {}
for v in fib_iter(100) do out[#out + 1] = v end
print(table.concat(out, ","))
