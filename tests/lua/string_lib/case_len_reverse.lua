-- string.len/lower/upper/reverse: all byte values, embedded zeros, numbers
-- coerced to strings, method calls, and argument errors.
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
all = table.concat(all)
print(#all, string.len(all), all:len())
local lo, up = all:lower(), all:upper()
local changedl, changedu = 0, 0
for i = 1, 256 do
  if lo:byte(i) ~= all:byte(i) then changedl = changedl + 1 end
  if up:byte(i) ~= all:byte(i) then changedu = changedu + 1 end
end
print(changedl, changedu, lo:sub(66, 91), up:sub(98, 123))
print(all:reverse():byte(1), all:reverse():byte(256), all:reverse():reverse() == all)
print(("a\0b"):len(), ("a\0b"):upper() == "A\0B", ("a\0b"):reverse() == "b\0a")
print(string.len(""), string.lower(""), string.upper(""), string.reverse(""), "|")
print(string.len(12.5), string.lower(1e100), string.upper(-0.5), string.reverse(123))
print(string.upper("MiXeD 123 !?"), string.lower("MiXeD 123 !?"))
print(("abc"):reverse(), ("ab"):reverse(), ("a"):reverse())
print(pcall(string.len))
print(pcall(string.len, nil))
print(pcall(string.lower, {}))
print(pcall(string.upper, true))
print(pcall(string.reverse, print))
print(pcall(function() return string.len() end))
print(pcall(function() return ("x").len() end))
print(pcall(function() local s = nil; return s:upper() end))
print(pcall(function() return (5):upper() end))
