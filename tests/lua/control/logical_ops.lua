-- and/or return operands, short-circuit evaluation, not.
print(1 and 2, nil and 2, false and 2, 1 or 2, nil or 2, false or nil)
print(nil and nil, false or false, 0 and "zero")
print(not nil, not false, not 0, not "", not not nil)
local calls = 0
local function side() calls = calls + 1; return true end
local _ = false and side()
_ = true or side()
print(calls)
_ = nil or side()
print(calls)
local x = nil
local y = x and x.field or "default"
print(y)
print(1 == 1 and "yes" or "no", 1 == 2 and "yes" or "no")
print(false and nil or "alt", (nil or false) and 1)
