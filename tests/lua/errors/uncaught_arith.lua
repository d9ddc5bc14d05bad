-- An uncaught arithmetic error on a field, after some output.
local t = {a = 1}
for k, v in pairs(t) do print(k, v) end
print(t.a + t.b)
