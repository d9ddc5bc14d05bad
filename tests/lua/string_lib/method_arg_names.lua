-- Argument errors raised through method calls name the method and shift the
-- argument number (self is not counted); "calling 'x' on bad self" when self
-- itself is wrong; plain calls count from 1.
local function e(f) local ok, m = pcall(f); print(m) end
local s = "abc"
e(function() return s:rep() end)
e(function() return s:rep("x") end)
e(function() return s:sub() end)
e(function() return s:sub(1, {}) end)
e(function() return s:byte("q") end)
e(function() return s:find() end)
e(function() return s:find("b", "z") end)
e(function() return s:match() end)
e(function() return s:gsub() end)
e(function() return s:gsub("a") end)
e(function() return s:gsub("a", "b", "c") end)
e(function() return s:format() end)
e(function() return ("%d"):format("x") end)
e(function() return ("%d %d"):format(1) end)
e(function() return s:gmatch() end)
e(function() return string.rep() end)
e(function() return string.sub("x") end)
e(function() return string.find("x") end)
e(function() return string.format("%d", {}) end)
e(function() return string.char(1, 2, 999) end)
e(function() return s.rep(nil, 2) end)
e(function() return s.upper() end)
e(function() return string.upper(s, 1) .. string.upper() end)
local t = {rep = string.rep}
e(function() return t:rep(2) end)
e(function() return t.rep() end)
local up = string.upper
e(function() return up() end)
e(function() local lower = string.lower; return lower(nil) end)
e(function() return string["len"]() end)
