-- table constructors mixing positional items with explicit number keys
local t = {[1] = "a", [2] = "b", "c"}
print(t[1], t[2])
local u = {[2] = "b", "c"}
print(u[1], u[2])
local w = {[1] = "a", [2] = "b", [3] = "x", "c"}
print(w[1], w[2], w[3])
local z = {[2] = "b", [1] = "a", "c", "d"}
print(z[1], z[2])
local q = {[3] = "q", "a", "b"}
print(q[1], q[2], q[3])
local r = {"a", [1] = "keyed after", "b"}
print(r[1], r[2])
local s = {[1.5] = "half", [0] = "zero", [-1] = "neg", "one"}
print(s[1], s[1.5], s[0], s[-1])
local function three() return 1, 2, 3 end
local m = {[4] = "four", [2] = "two", three()}
print(m[1], m[2], m[3], m[4])
local n = {[1] = "x", nil}
print(n[1])
local items = {}
for i = 1, 60 do items[i] = "v" .. i end
local src = "return {" .. table.concat(items, ",", 1, 55):gsub("v(%d+)", "%1") .. ", [1] = 'late', [52] = 'pending', [56] = 'beyond'}"
local big = loadstring(src)()
print(big[1], big[50], big[52], big[55], big[56])
local src2 = "return {[1] = 'early', " .. table.concat(items, ",", 1, 51):gsub("v(%d+)", "%1") .. "}"
print(loadstring(src2)()[1])
