-- Generated files of number-like tokens, words and whitespace read back with random sequences
-- of *n (fscanf's %lf rules), *l, *a and counts.
SEED = 5
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local toks = {"12", "-3", "+4", "0x1F", "1e3", "1e", ".5", "5.", "-.5e-2", "abc", "  ", "\n", "\t", "0", "007", "1.2.3", "--1", "inf", "nan", "0x", "1e+", "-", "+", ".", "9e999", "\n\n", "x1", "1x"}
local name = os.tmpname()
local out = {}
for round = 1, 40 do
  local parts = {}
  for i = 1, rnd(12) + 1 do parts[i] = toks[rnd(#toks) + 1] end
  local content = table.concat(parts, rnd(2) == 0 and " " or "")
  local f = assert(io.open(name, "wb"))
  f:write(content)
  f:close()
  f = assert(io.open(name, "rb"))
  local res = {}
  for step = 1, 6 do
    local c = rnd(6)
    local fmt = c <= 2 and "*n" or c == 3 and "*l" or c == 4 and rnd(4) or "*a"
    local v = f:read(fmt)
    res[#res + 1] = tostring(fmt) .. "=" .. (type(v) == "string" and string.format("%q", v) or tostring(v))
  end
  f:close()
  out[#out + 1] = string.format("%q", content):gsub("\\\n", "\\n") .. " -> " .. table.concat(res, " ")
end
os.remove(name)
print(table.concat(out, "\n"))
