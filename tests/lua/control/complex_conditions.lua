-- Conditions mixing comparisons, and/or/not and calls; short-circuit visible via side effects.
local trace = {}
local function f(name, v) trace[#trace + 1] = name; return v end
if f("a", false) or f("b", true) and f("c", nil) or f("d", 1) then trace[#trace + 1] = "then" end
print(table.concat(trace, " "))
trace = {}
local r = not f("x", nil) and f("y", 0) or f("z", "unused")
print(r, table.concat(trace, " "))
local x = 5
print(x > 3 and x < 10, x > 3 and x > 10, not (x == 5), x ~= 5 or "fallback")
print(1 < 2 == true, "a" < "b" == not false)
