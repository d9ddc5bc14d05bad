-- Locals holding numbers seen and changed through debug.getlocal/setlocal, across yields, and
-- changing type in hot loops.
local function show(level)
  local out = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if not name or name == "(*temporary)" then break end
    out[#out + 1] = name .. "=" .. (type(value) == "function" and "function" or tostring(value))
    i = i + 1
  end
  return table.concat(out, " ")
end

local function f()
  local a, b = 1.5, 2
  for i = 1, 3 do
    local c = a * i
    print(show(1))
  end
  debug.setlocal(1, 1, "now a string")
  debug.setlocal(1, 2, {})
  print(type(a), type(b))
  debug.setlocal(1, 1, 42)
  print(a + 1, type(b))
  debug.setlocal(1, 2, nil)
  print(b)
end
f()

-- a for variable changed by setlocal
local function g()
  local seen = {}
  for i = 1, 5 do
    seen[#seen + 1] = i
    if i == 2 then
      debug.setlocal(1, 4, 4) -- the for variable is local 4: after (for index), (for limit), (for step)
    end
  end
  return table.concat(seen, ",")
end
print((debug.getlocal(1, 1)))
print(g())

-- hot loops whose locals change type
local function mixed(n)
  local x = 0
  local count = 0
  for i = 1, n do
    if i % 97 == 0 then
      x = "s" .. i
    elseif i % 89 == 0 then
      x = nil
    elseif type(x) ~= "number" then
      x = i
    else
      x = x + i * 0.5
    end
    if type(x) == "number" then count = count + 1 end
  end
  return tostring(x), count
end
for k = 1, 5 do print(mixed(2000 + k)) end

-- numbers kept in locals across yields
local co = coroutine.wrap(function(a)
  local s = 0
  for i = 1, 4 do
    local half = i / 2
    s = s + half
    local got = coroutine.yield(s)
    s = s + got
    print("in", i, half, s, show(1))
  end
  return "end", s
end)
print(co(1))
for k = 1, 4 do print(co(k * 0.25)) end
