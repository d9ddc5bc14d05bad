-- and/or return operands (not booleans), short-circuit skips side effects and errors,
-- not of every value, nested ternary idioms, comparisons chained through and/or.
local calls = {}
local function f(v) calls[#calls + 1] = tostring(v); return v end
print(nil and f(1), false and f(2), 0 and f(3), "" and f(4), f(5) or f(6), nil or f(false))
print(table.concat(calls, " "))
print(nil or false, false or nil, nil and nil, false and false, 1 and nil, nil or 0)
print(not nil, not false, not 0, not "", not {}, not not nil, not not 1)
local x = nil
print(x and x.field, x == nil or x.field)
print(pcall(function() return x.field or 1 end))
for _, v in ipairs({1, 5, 10, 15}) do
  io.write(v < 5 and "small" or v < 12 and "medium" or "large", " ")
end
print()
print((nil and 1) == nil, (false or nil) == nil, 1 == 1 and "yes" or "no", 1 == 2 and "yes" or "no")
local b = false
print(b and "t" or "f", b == false and "is false" or "not false", (b or nil) == nil)
print(1 < 2 == true, "a" < "b" == (1 < 2), not 1 == 2)
local t = {}
t.v = t.v or {}
t.v.n = (t.v.n or 0) + 1
print(t.v.n, #calls)
