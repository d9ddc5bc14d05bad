-- Loop-carried local types: a local whose type changes from one iteration to the next,
-- a break from the middle of a body, repeat conditions over body locals, nested loops
-- and while conditions over locals the body assigns.
local function flip(n)
  local x = 0
  local out = {}
  for i = 1, n do
    out[#out + 1] = type(x) .. ":" .. tostring(x + 1 == 1 and "one" or x)
    if i % 2 == 0 then x = "1" else x = i * 2 end
  end
  return table.concat(out, " ")
end
print(flip(6))

local function midbreak(n)
  local s = 0
  while true do
    s = "x" .. s
    if #s > n then break end
    s = s .. "y"
  end
  return s
end
print(midbreak(3))

local function rep(n)
  local total = 0
  repeat
    local k = total + 1
    total = total + k
  until k > n
  return total, total + 0.5
end
print(rep(10))

local function nested(n)
  local acc = 0
  for i = 1, n do
    local row = 1
    for j = 1, i do
      row = row * j
      if row > 100 then row = tostring(row) break end
    end
    acc = acc + row
  end
  return acc
end
print(nested(7))

local function cond(n)
  local v = 1
  local steps = 0
  while v < n do
    v = v * 3
    steps = steps + 1
    if steps == 3 then v = v .. "" end
  end
  return v, steps
end
print(cond(5))
print(pcall(cond, 100))
print(pcall(cond, 1e9))

local function gen(t)
  local sum, last = 0, nil
  for k, v in ipairs(t) do
    sum = sum + v
    last = k
  end
  return sum, last
end
for r = 1, 3 do
  print(gen({1, 2, 3.5}), gen({}))
end

for round = 1, 200 do
  local a = flip(4) .. midbreak(2) .. nested(4)
  if round == 200 then print(a) end
end
