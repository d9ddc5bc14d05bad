-- Conway's life on a wrapping grid: rows as tables of 0/1, generations
-- rendered with string.rep/gsub, population counts, a glider's period check.
local W, H = 40, 20
local function grid()
  local g = {}
  for y = 1, H do
    local row = {}
    for x = 1, W do row[x] = 0 end
    g[y] = row
  end
  return g
end

local function spawn(g, pattern, ox, oy)
  local y = oy
  for line in string.gmatch(pattern, "[^/]+") do
    for x = 1, #line do
      if string.sub(line, x, x) == "O" then g[y][ox + x - 1] = 1 end
    end
    y = y + 1
  end
end

local function step(g)
  local n = grid()
  for y = 1, H do
    local up, row, down = g[(y - 2) % H + 1], g[y], g[y % H + 1]
    local nrow = n[y]
    for x = 1, W do
      local l, r = (x - 2) % W + 1, x % W + 1
      local c = up[l] + up[x] + up[r] + row[l] + row[r] + down[l] + down[x] + down[r]
      if c == 3 or (c == 2 and row[x] == 1) then nrow[x] = 1 end
    end
  end
  return n
end

local function render(g)
  local lines = {}
  for y = 1, H do lines[y] = string.gsub(table.concat(g[y]), "[01]", { ["0"] = ".", ["1"] = "#" }) end
  return table.concat(lines, "\n")
end

local function population(g)
  local p = 0
  for y = 1, H do for x = 1, W do p = p + g[y][x] end end
  return p
end

local g = grid()
spawn(g, ".O/..O/OOO", 2, 2)                     -- glider
spawn(g, "OOO", 20, 5)                           -- blinker
spawn(g, "OO/OO", 30, 15)                        -- block
spawn(g, ".OO/OO/.O", 15, 12)                    -- r-pentomino
local pops = {}
for gen = 1, 120 do
  g = step(g)
  pops[#pops + 1] = population(g)
  if gen % 40 == 0 then
    print("generation " .. gen)
    print(render(g))
  end
end
print(table.concat(pops, " "))

-- a lone glider returns to its shape shifted by (1,1) every 4 generations
local h = grid()
spawn(h, ".O/..O/OOO", 5, 5)
local start = render(h)
for _ = 1, 4 * W do h = step(h) end
print(render(h) == start, population(h))
