-- Differential test of table layout: hundreds of tables built by a deterministic LCG from
-- random mixes of integer, float, string and boolean keys, stores of nil, deletions during
-- traversal and generated constructors; prints each traversal order and #.
local seed = 12345
local function rnd(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return math.floor(seed / 65536) % n + 1
end

local strs = {}
for i = 1, 40 do
  local parts = {}
  for j = 1, rnd(12) do parts[j] = string.char(96 + rnd(26)) end
  strs[i] = table.concat(parts) .. (i % 5 == 0 and string.char(200 + i) or "")
end
local floats = {0.5, -0.5, 1.25, 3.75, -7.5, 1e-3, 123.456, 2 ^ 40, -2 ^ 33, 1e15, 0.1}

local function randkey(kind)
  if kind == 1 then return rnd(16)
  elseif kind == 2 then return rnd(64)
  elseif kind == 3 then return rnd(400) - 200
  elseif kind == 4 then return floats[rnd(#floats)]
  elseif kind == 5 then return strs[rnd(#strs)]
  elseif kind == 6 then return rnd(2) == 1
  else return rnd(8) * 1024 end
end

local function dump(i, t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = tostring(k) .. ":" .. tostring(v) end
  print(i, #t, table.concat(ks, " "))
end

for case = 1, 300 do
  local t = {}
  local kinds = {rnd(7), rnd(7), rnd(7)}
  local ops = rnd(60)
  for op = 1, ops do
    local k = randkey(kinds[rnd(3)])
    local r = rnd(10)
    if r <= 7 then t[k] = op
    elseif r == 8 then t[k] = nil
    elseif r == 9 then t[#t + 1] = op
    else
      -- delete a few keys during a traversal
      local n = 0
      for key in pairs(t) do
        n = n + 1
        if n % 3 == 0 then t[key] = nil end
      end
    end
  end
  dump(case, t)
end

-- generated constructors: positional items (some nil), keyed fields, a multi-valued tail
local function lit(k)
  if type(k) == "string" then return string.format("%q", k) end
  return string.format("%.17g", k)
end
for case = 1, 150 do
  local items = {}
  for i = 1, rnd(40) - 1 do
    local r = rnd(6)
    if r == 1 then items[#items + 1] = "nil"
    elseif r <= 3 then items[#items + 1] = tostring(i)
    elseif r == 4 then items[#items + 1] = "[" .. lit(randkey(rnd(5))) .. "]=" .. i
    else items[#items + 1] = strs[rnd(#strs)]:gsub("[^a-z]", "") .. "_=" .. i end
  end
  if rnd(3) == 1 then items[#items + 1] = "..." end
  local src = "return {" .. table.concat(items, ", ") .. "}"
  local t = assert(loadstring(src))(1, nil, 3, rnd(5))
  dump("c" .. case, t)
  for i = 1, rnd(20) do t[rnd(70)] = i end
  dump("c" .. case .. "+", t)
end
