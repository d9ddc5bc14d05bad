-- Rethrowing caught errors: strings gain another position only with level > 0,
-- tables pass unchanged, tostring of nested messages, error with a number at level 2.
local function lvl1() error("base") end
local function wrap1() local ok, e = pcall(lvl1); error(e) end
local function wrap0() local ok, e = pcall(lvl1); error(e, 0) end
local function wrap2() local ok, e = pcall(lvl1); error("wrapped: " .. e, 2) end
print(pcall(wrap1))
print(pcall(wrap0))
print(pcall(wrap2))
print(pcall(function() wrap2() end))
local obj = {msg = "obj"}
local function throwobj() error(obj) end
local function rethrow() local ok, e = pcall(throwobj); error(e, 2) end
local ok, e = pcall(rethrow)
print(ok, e == obj, e.msg)
print(pcall(function() error(12, 2) end))
print(pcall(function() error("12", 2) end))
local function deep(n) if n == 0 then error("at bottom", 3) end deep(n - 1) end
print(pcall(deep, 5))
print(pcall(deep, 1))
print(pcall(deep, 0))
local function handler(m) return "handled<" .. tostring(m) .. ">" end
print(xpcall(wrap1, handler))
print(xpcall(function() local ok, e = xpcall(lvl1, handler); error(e, 0) end, handler))
