-- getfenv/setfenv with a level that is a "(tail call)" level: "no function environment for
-- tail call at level n"; getinfo's func of such a level is nil.
local function g() return getfenv(2) end
local function tailer() return g() end
print(pcall(tailer))
local function s() return setfenv(2, {}) end
local function tailer2() return s() end
print(pcall(tailer2))
local function lvl3() return getfenv(3) end
local function mid() local r = lvl3(); return r end
print(pcall(function() return mid() end))
local function info() local i = debug.getinfo(2, "f"); return i.func end
local function tailer3() return info() end
print(pcall(tailer3))
