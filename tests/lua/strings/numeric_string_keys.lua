-- Strings that look like numbers are different table keys than the numbers.
local t = {}
t[1] = "number one"
t["1"] = "string one"
t[1.5] = "number 1.5"
t["1.5"] = "string 1.5"
print(t[1], t["1"], t[1.5], t["1.5"])
print(t[tonumber("1")], t[tostring(1)])
print(t["01"], t[0x1])
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
