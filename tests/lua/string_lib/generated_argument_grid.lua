-- string.sub/byte/rep/find/char/format and case functions on generated arguments: negative,
-- zero, fractional and 2^31-sized indices over subjects with NULs and 8-bit bytes.
SEED = 2
local seed = tonumber(SEED) or 5
local function rnd(n) seed = (seed * 16807) % 2147483647; return seed % n end
local subjects = {"", "a", "hello world", "a\0b\0c", "\255\254", "  spaced  ", ("xy"):rep(10)}
local function int() local c = rnd(5); if c == 0 then return rnd(3) - 1 elseif c == 1 then return -rnd(30) elseif c == 2 then return rnd(30) elseif c == 3 then return rnd(2) == 0 and 2^31 or -2^31 else return rnd(10) + 0.5 end end
local out = {}
local function rec(...)
  local t = {...}
  for i = 1, select("#", ...) do t[i] = type(t[i]) == "string" and string.format("%q", t[i]) or tostring(t[i]) end
  out[#out + 1] = table.concat(t, ",")
end
for i = 1, 1500 do
  local s = subjects[rnd(#subjects) + 1]
  local f = rnd(7)
  if f == 0 then rec("sub", pcall(string.sub, s, int(), int()))
  elseif f == 1 then rec("byte", pcall(string.byte, s, int(), int()))
  elseif f == 2 then rec("rep", pcall(string.rep, s, rnd(5) - 1))
  elseif f == 3 then rec("find", pcall(string.find, s, s:sub(rnd(4), rnd(6)), int(), rnd(2) == 0))
  elseif f == 4 then rec("len", #s, s:upper(), s:lower(), s:reverse())
  elseif f == 5 then rec("char", pcall(string.char, rnd(300) - 20, rnd(256)))
  else rec("fmt", pcall(string.format, "%" .. rnd(12) .. "." .. rnd(5) .. "s|", s)) end
end
print(table.concat(out, "\n"))
