-- Deterministic generator and value printer for the differential tests: a Park-Miller LCG
-- (state * 16807 stays below 2^46, exact in doubles) instead of math.random, whose sequence
-- depends on the C library.
local G = {}

local state = 1

function G.seed(s)
  state = s % 2147483646 + 1
end

function G.next()
  state = (state * 16807) % 2147483647
  return state
end

-- an integer in [lo, hi]
function G.int(lo, hi)
  return lo + G.next() % (hi - lo + 1)
end

function G.pick(t)
  return t[G.next() % #t + 1]
end

-- true with probability pct / 100
function G.chance(pct)
  return G.next() % 100 < pct
end

-- a string with control, quote, backslash and high bytes written as \ddd
local function quote(s)
  local out = {}
  for i = 1, #s do
    local b = string.byte(s, i)
    if b < 32 or b > 126 or b == 34 or b == 92 then
      out[i] = "\\" .. b
    else
      out[i] = string.char(b)
    end
  end
  return '"' .. table.concat(out) .. '"'
end
G.quote = quote

-- a value as text; tables and functions by their type only (no addresses)
function G.show(v)
  local t = type(v)
  if t == "string" then
    return quote(v)
  elseif t == "table" or t == "function" or t == "userdata" or t == "thread" then
    return t
  end
  return tostring(v)
end

-- all values of a call, shown and joined with spaces; an error as "E:<message>"
function G.results(ok, ...)
  if not ok then
    return "E:" .. G.show((...))
  end
  local n = select("#", ...)
  local out = {}
  for i = 1, n do
    out[i] = G.show((select(i, ...)))
  end
  return table.concat(out, " ")
end

return G
