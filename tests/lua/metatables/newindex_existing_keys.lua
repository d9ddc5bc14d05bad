-- __newindex runs only for keys whose raw value is nil: a field that exists is stored in
-- place, a field set to nil (its key stays in the table) goes through __newindex again.
local log = {}
local mt = {__newindex = function(t, k, v) log[#log + 1] = k .. "=" .. tostring(v); rawset(t, k, v) end}
local function run(t, i)
  t.a = i          -- exists after the first rawset
  t.b = nil        -- nil store: raw when b exists with a value
  t.c = i * 2
  if i % 3 == 0 then t.a = nil end
end
local t = setmetatable({a = 0}, mt)
for i = 1, 9 do run(t, i) end
print(table.concat(log, " "))
print(t.a, t.b, t.c)
-- globals through an environment with __newindex
local env = setmetatable({}, {__newindex = function(t, k, v) log[#log + 1] = "g" .. k; rawset(t, k, v) end})
local f = setfenv(function(n) for i = 1, n do x = i; if i == 2 then x = nil end end return x end, env)
log = {}
print(f(4), table.concat(log, " "))
-- many iterations, so that the compiled loop takes the same paths
local u = setmetatable({}, mt)
log = {}
for i = 1, 20000 do
  u.k = (i % 1000 == 0) and nil or i
end
print(#log, log[1], log[#log], u.k)
