-- One function called with many combinations of argument types: more than the
-- version cap, so the generic version must take over without changing results.
local function f(a, b)
  local r
  if type(a) == "number" and type(b) == "number" then
    r = a * 2 + b
  elseif type(a) == "string" then
    r = a .. tostring(b)
  else
    r = tostring(a) .. "/" .. tostring(b)
  end
  return r
end

local values = {1, 2.5, "s", "10", true, false, nil, {}, f}
local out = {}
for round = 1, 3 do
  for i = 1, #values + 1 do
    for j = 1, #values + 1 do
      local a, b = values[i], values[j]
      local ok, r = pcall(f, a, b)
      if type(r) == "string" then
        r = r:gsub("0x%x+", "ADDR")
      end
      out[#out + 1] = tostring(ok) .. ":" .. tostring(r)
    end
  end
end
print(#out)
for i = 1, #out, 7 do print(out[i]) end

-- numeric strings through arithmetic in a function first seen with numbers
local function add(x, y) return x + y end
for i = 1, 5 do add(i, i) end
print(add("3", 4), add(3, "0x10"), add(" 5 ", 1))
print(pcall(add, "a", 1))
print(pcall(add, {}, 1))
