-- table.sort of 100,000 numbers (issue 4): the same pseudo-random numbers sorted 30 times
-- in one process, each sort timed by os.clock; prints the median of the last 10 sorts.
--   ./lunacy benchmarks/micro/sort_numbers.lua      lua5.1 benchmarks/micro/sort_numbers.lua
local N = tonumber(arg and arg[1]) or 100000
local REPS = 30

local seed = 42
local function random()
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed / 2147483648
end

local source = {}
for i = 1, N do
  source[i] = random()
end

local times = {}
for rep = 1, REPS do
  local t = {}
  for i = 1, N do
    t[i] = source[i]
  end
  local t0 = os.clock()
  table.sort(t)
  times[rep] = os.clock() - t0
  for i = 2, N do
    if t[i - 1] > t[i] then
      error("not sorted at " .. i)
    end
  end
end

local late = {}
for rep = REPS - 9, REPS do
  late[#late + 1] = times[rep]
end
table.sort(late)
print(string.format("sort of %d numbers: median of the last 10 of %d sorts %.1f ms", N, REPS,
  (late[5] + late[6]) / 2 * 1000))
