-- Table and key expressions on the left are evaluated before the right-hand side.
local log = {}
local function T(name) log[#log + 1] = "T" .. name; return {} end
local function K(k) log[#log + 1] = "K" .. k; return k end
local function V(v) log[#log + 1] = "V" .. v; return v end
T("a")[K(1)], T("b")[K(2)] = V(1), V(2)
print(table.concat(log, " "))
log = {}
local t = {}
t[K("x")] = V("y")
print(table.concat(log, " "), t.x)
