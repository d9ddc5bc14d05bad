-- Strings of tens of megabytes built by .., string.rep, table.concat, string.format,
-- tostring and gsub, checked by length and samples; print of one cut at a NUL.
local big = string.rep("ab", 2^23)
print(#big, big:sub(1, 5), big:sub(-5))
local t = big .. big .. "!"
print(#t, t:sub(2^24 - 2, 2^24 + 3), t:sub(-3))
local n = big .. 12.5 .. big
print(#n, n:sub(2^24 - 1, 2^24 + 6))
local c = table.concat({big, 1, big, "z"}, "<>")
print(#c, c:sub(2^24 - 1, 2^24 + 6), c:sub(-4))
print(#table.concat({big}), table.concat({big}) == big)
local f = string.format("[%s|%5.1f|%s]", big, 2.25, big)
print(#f, f:sub(1, 4), f:sub(2^24 - 1, 2^24 + 10), f:sub(-4))
print(string.format("%s", big) == big, tostring(big) == big, #string.format("%q", big))
local q = string.format("%q", "a\n" .. big .. "\0")
print(#q, q:sub(1, 6), q:sub(-8))
local r = string.rep(big, 3, nil)
print(#r, r:sub(2^24, 2^24 + 1), select(2, big:gsub("ab", "")))
print(big:upper():sub(-4), #big:reverse(), big:find("ba", 2^24 - 3, true))
print(("\0" .. big))
print(#big:sub(3, -3), big:byte(-1))
