-- error with levels 0, 1, 2 and a non-string value; assert with and without messages;
-- error positions inside nested functions and pcall results.
local function lvl(n) error("msg", n) end
print(pcall(lvl, 0))
print(pcall(lvl, 1))
print(pcall(lvl, 2))
local function outer() lvl(2) end
print(pcall(outer))
print(pcall(error))
print(pcall(error, nil))
print(pcall(error, 42))
print(select("#", pcall(error, {})))
print(pcall(assert, false))
print(pcall(assert, nil, "custom"))
print(pcall(assert, 1, 2, 3))
print(pcall(assert))
local ok, e = pcall(function() local x = {} ; return x.a.b end)
print(ok, e)
print(xpcall(function() error("in x") end, function(m) return "handled: " .. m end))
print(xpcall(function() return 1, 2 end, print))
print(pcall(xpcall))
