-- Trailing nils are preserved in argument counts and in returns.
local function ret(...) return ... end
print(select("#", ret(nil)), select("#", ret(nil, nil, nil)))
print(ret(nil, 1, nil))
local function rets() return nil, nil end
print(rets())
print(select("#", rets()))
local t = {ret(1, nil, nil)}
print(#t)
print(select("#", unpack({n = 2}, 1, 2)))
