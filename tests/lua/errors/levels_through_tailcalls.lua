-- error levels and getfenv/setfenv levels through tail calls
local function thrower(l) error("lvl" .. l, l) end
local function viaTail(l) return thrower(l) end
local function viaCall(l) local r = thrower(l) return r end
print(pcall(viaTail, 1))
print(pcall(viaTail, 2))
print(pcall(viaTail, 3))
print(pcall(viaCall, 2))
print(pcall(viaCall, 3))
local function check(x) if not x then error("bad input", 2) end end
local function api(x) return check(x) end
print(pcall(api, false))
local function api2(x) check(x) end
print(pcall(api2, false))
print(pcall(function() return getfenv(2) == _G end))
local function tailgetfenv() return getfenv(2) == _G end
print(pcall(tailgetfenv))
local function lvl() return setfenv(2, {}) end
print(pcall(lvl))
