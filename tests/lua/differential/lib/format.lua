-- Random string.format items and values for the format differential tests.
local G = dofile("lib/gen.lua")
local show, results, int, pick, chance = G.show, G.results, G.int, G.pick, G.chance

local F = {}
F.G = G

local zero = 0
F.INF = 1 / zero
F.NEGINF = -1 / zero
F.NAN = zero / zero -- the x86 default NaN: sign bit set, "-nan"
F.POSNAN = -(zero / zero) -- "nan"
F.NEGZERO = -zero

-- 2^k by repeated doubling (exact, no pow)
local function pow2(k)
  local r = 1
  if k >= 0 then
    for _ = 1, k do r = r * 2 end
  else
    for _ = 1, -k do r = r / 2 end
  end
  return r
end
F.pow2 = pow2

local INTEGERS = {
  0, 1, -1, 7, -7, 10, 42, 99, 100, -100, 255, 256, 1000, 65535, 123456, -987654,
  2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296, 4294967297,
  9007199254740992, 9007199254740994, -9007199254740992, 1e15, -1e15, 1e16, 123456789012345,
  9223372036854775807, -9223372036854775808, 18446744073709551616, 1e19, 1e20, 1e300, -1e300,
}

-- a decimal numeral "d.ddde+xx" read by tonumber (correctly rounded by both sides)
local function decimal(maxexp)
  local t = {}
  if chance(40) then t[#t + 1] = "-" end
  t[#t + 1] = tostring(int(0, 9))
  local nd = int(0, 17)
  if nd > 0 then
    t[#t + 1] = "."
    for _ = 1, nd do t[#t + 1] = tostring(int(0, 9)) end
  end
  t[#t + 1] = "e" .. int(-maxexp, maxexp)
  return tonumber(table.concat(t))
end
F.decimal = decimal

-- a double with random bits: a 42-bit integer scaled by a power of two
local function bits()
  local m = int(0, 2097151) * 2097152 + int(0, 2097151)
  local v = m * pow2(int(-80, 40))
  if chance(40) then v = -v end
  return v
end
F.bits = bits

-- halfway and near-halfway cases for the rounding of %f %e %g
local function halfway()
  local k = int(0, 6)
  local v = (int(0, 2000) + 0.5) / pow2(k)
  if chance(30) then v = v / 1000 end
  if chance(40) then v = -v end
  return v
end

local SPECIALS = {F.INF, F.NEGINF, F.NAN, F.POSNAN, F.NEGZERO, 0, 0.1, 0.5, 1.5, 2.5, 1 / 3,
  2 / 3, 1e-5, 1e-4, 123456.5, 999999.5, 9.5, 0.05, 0.15, 0.25, 1e100, 1e-300, 5e-324,
  2.2250738585072014e-308, 1.7976931348623157e308, 4.9406564584124654e-324, 1e21, 1e22}

-- a number of any kind
function F.number()
  local r = int(1, 100)
  if r <= 25 then
    return int(-1000, 1000)
  elseif r <= 40 then
    return pick(INTEGERS)
  elseif r <= 60 then
    return decimal(int(0, 3) == 0 and 300 or 20)
  elseif r <= 75 then
    return bits()
  elseif r <= 88 then
    return halfway()
  elseif r <= 95 then
    return pick(SPECIALS)
  else
    return int(-100000, 100000) / int(1, 64)
  end
end

local STRING_CHARS = {"a", "b", "c", "x", "Z", " ", "%", "\0", "\n", "\r", "\t", '"', "\\",
  "'", "\200", "\255", "1", "\1", "\127", "-", "."}

function F.string()
  local n = int(0, 12)
  if chance(8) then n = int(95, 120) end
  local t = {}
  for i = 1, n do t[i] = pick(STRING_CHARS) end
  return table.concat(t)
end

-- a number written as a string, coerced by format
function F.numeral()
  local v = F.number()
  local r = int(1, 4)
  if r == 1 then return tostring(v) end
  if r == 2 then return " " .. tostring(v) .. " " end
  if r == 3 then return string.format("0x%X", int(0, 100000)) end
  return pick({"1e3", "  12  ", "-0", "0x10", ".5", "5.", "1E+2", "+3", "-.25", "0XAB"})
end

local FLAGS = {"-", "+", " ", "#", "0"}

-- a format item "%<flags><width>.<precision><conv>" (flags repeated at most 5 in all)
function F.spec(conv)
  local t = {"%"}
  local nf = int(0, 3)
  if chance(5) then nf = 5 end
  for _ = 1, nf do t[#t + 1] = pick(FLAGS) end
  local r = int(1, 10)
  if r <= 3 then
    t[#t + 1] = tostring(int(1, 9))
  elseif r <= 5 then
    t[#t + 1] = tostring(int(10, 40))
  elseif r == 6 then
    t[#t + 1] = tostring(int(41, 99))
  end
  r = int(1, 10)
  if r <= 2 then
    t[#t + 1] = "."
  elseif r <= 5 then
    t[#t + 1] = "." .. int(0, 9)
  elseif r <= 6 then
    t[#t + 1] = "." .. int(0, 2) .. int(0, 9)
  elseif r == 7 then
    t[#t + 1] = "." .. int(10, 99)
  end
  t[#t + 1] = conv
  return table.concat(t)
end

-- string.format called from Lua code (not a tail call), so argument errors name 'format'
local function format(...)
  local s = string.format(...)
  return s
end

-- prints one case: the format, its arguments and what string.format gives
function F.check(label, fmt, ...)
  local args = {}
  for i = 1, select("#", ...) do
    args[i] = show((select(i, ...)))
  end
  print(label .. " " .. show(fmt) .. " " .. table.concat(args, " ") .. " -> " ..
    results(pcall(format, fmt, ...)))
end

return F
