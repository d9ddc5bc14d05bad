-- towers: the towers of Hanoi with three pegs held as tables used as stacks;
-- every move pops a disk from one peg and pushes it on another, checking
-- that it never lands on a smaller disk.
-- Measures: recursion, table push and pop through the length operator,
-- small-table field access.
-- One iteration moves a tower of 18 disks there and back again.
local N = tonumber(arg and arg[1]) or 30

local function new_peg(name)
  return { name = name, disks = {}, moves = 0 }
end

local function move_disk(from, to)
  local src, dst = from.disks, to.disks
  local n = #src
  local disk = src[n]
  if disk == nil then
    error("towers: moving from the empty peg " .. from.name)
  end
  local top = dst[#dst]
  if top ~= nil and top < disk then
    error("towers: disk " .. disk .. " put on disk " .. top)
  end
  src[n] = nil
  dst[#dst + 1] = disk
  to.moves = to.moves + 1
end

local function move_tower(height, from, to, via)
  if height == 1 then
    move_disk(from, to)
    return 1
  end
  local moves = move_tower(height - 1, from, via, to)
  move_disk(from, to)
  return moves + 1 + move_tower(height - 1, via, to, from)
end

local HEIGHT = 18

local function iteration()
  local a, b, c = new_peg("a"), new_peg("b"), new_peg("c")
  for disk = HEIGHT, 1, -1 do
    a.disks[#a.disks + 1] = disk
  end
  local moves = move_tower(HEIGHT, a, c, b) + move_tower(HEIGHT, c, a, b)
  local expected = 2 * (2 ^ HEIGHT - 1)
  if moves ~= expected or a.moves + b.moves + c.moves ~= expected then
    error("towers: " .. moves .. " moves")
  end
  local disks = a.disks
  if #disks ~= HEIGHT or #b.disks ~= 0 or #c.disks ~= 0 then
    error("towers: the tower did not come back")
  end
  for i = 1, HEIGHT do
    if disks[i] ~= HEIGHT + 1 - i then
      error("towers: disk " .. disks[i] .. " out of place")
    end
  end
  return moves + a.moves * 3 + b.moves * 5 + c.moves * 7
end

---------------------------------------------------------------------------
-- Harness, the same in every benchmark: N timed iterations, each checked by
-- the benchmark itself; every iteration must give the same checksum.
local function format_checksum(c)
  if type(c) == "number" then
    if c == math.floor(c) and c > -2^53 and c < 2^53 then
      return string.format("%d", c)
    end
    return string.format("%.6f", c)
  end
  return tostring(c)
end

local checksum
for i = 1, N do
  local t0 = os.clock()
  local c = iteration()
  local t1 = os.clock()
  c = format_checksum(c)
  if checksum ~= nil and c ~= checksum then
    error("iteration " .. i .. " gave checksum " .. c .. ", expected " .. checksum)
  end
  checksum = c
  io.write(string.format("iteration %d %.6f\n", i, t1 - t0))
end
io.write("result ", checksum or "none", "\n")
