-- Functions called on the right-hand side run left to right and see old values.
local n = 0
local function nxt() n = n + 1; return n end
local a, b, c = nxt(), nxt(), nxt()
print(a, b, c, n)
local t = {}
t[nxt()] = nxt()
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = k .. "=" .. v end
print(table.concat(keys))
local x = 1
local function readx() return x end
x, a = 2, readx()
print(x, a)
