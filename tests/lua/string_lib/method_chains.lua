-- Chains of string methods on literals, numbers turned to strings and results
-- of other calls.
local s = "Hello, World"
print(s:lower():upper():sub(1, 5):rep(2, nil):reverse())
print(s:gsub("o", "0"):upper())
print((s:gsub("%w+", string.upper)):lower():len())
print(("%d-%d"):format(1, 2):rep(3):len(), ("x"):rep(3):byte(1, -1))
print(tostring(12345):reverse():sub(2, 4), (12 .. ""):rep(2))
print(s:find("World"), s:sub(s:find("World")), s:match("(%a+), (%a+)"))
print(("a,b,,c"):gsub(",", ";"):len(), select("#", ("a"):byte(1, -1)))
print(#s:rep(3, nil), s:upper():lower() == s:lower(), s:sub(-5):upper())
local words = {}
for w in s:lower():gmatch("%a+") do words[#words + 1] = w:sub(1, 1):upper() .. w:sub(2) end
print(table.concat(words, "|"))
print(("  padded  "):match("^%s*(.-)%s*$"):upper():format())
print(string.format("%s", s):sub(1, 1):byte() + 1)
