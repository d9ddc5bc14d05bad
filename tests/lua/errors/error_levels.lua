-- error(msg, level): level 1 = position of the error call, 2 = caller, 0 = no position.
local function lvl1() error("one") end
local function lvl2() error("two", 2) end
local function lvl0() error("zero", 0) end
local function lvl3() error("three", 3) end
local function call2() lvl2() end
local function call3() lvl3() end
local function outer3() call3() end
print(pcall(lvl1))
print(pcall(call2))
print(pcall(lvl0))
print(pcall(outer3))
print(pcall(lvl2))
print(pcall(error, "direct"))
print(pcall(error, "direct2", 2))
print(pcall(error))
print(pcall(error, nil))
print(pcall(function() error("lvl1 explicit", 1) end))
print(pcall(function() error("far", 50) end))
