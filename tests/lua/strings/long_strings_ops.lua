-- Operations on long strings built by repetition and concatenation.
local s = ("abcdefghij"):rep(1000)
print(#s, s:sub(9995, 10000), s:byte(5000))
print(s:upper():sub(1, 5), s:reverse():sub(1, 5))
local count = 0
for _ in s:gmatch("j") do count = count + 1 end
print(count)
local t = {}
for i = 1, 1000 do t[i] = tostring(i) end
local joined = table.concat(t, "+")
print(#joined, joined:sub(1, 30))
print(select(2, joined:gsub("%+", "")))
