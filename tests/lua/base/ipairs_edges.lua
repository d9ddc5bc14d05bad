-- ipairs: stops at the first nil, ignores __index (raw access in 5.1), returns
-- the iterator triple, and rejects non-tables.
local t = {1, 2, nil, 4}
for i, v in ipairs(t) do print(i, v) end
local p = setmetatable({}, {__index = function(_, k) return k * 10 end})
local n = 0
for i, v in ipairs(p) do n = n + 1 end
print("with __index", n)
p[1] = "a"; p[2] = "b"
for i, v in ipairs(p) do print(i, v) end
local f, s, i0 = ipairs({})
print(type(f), type(s), i0)
print(f({5, 6}, 0))
print(f({5, 6}, 1))
print(f({5, 6}, 2))
print(f({[1.5] = 1, [2] = 2}, 1))
print(pcall(ipairs))
print(pcall(ipairs, nil))
print(pcall(ipairs, "abc"))
print(pcall(ipairs, 5))
local f2 = ipairs({})
print(f2 == ipairs({1}))
local h = {n = 3, [0] = "zero", [-1] = "neg", "one", "two"}
for i, v in ipairs(h) do print(i, v) end
local big = {}
for i = 1, 100 do big[i] = i end
big[50] = nil
local c = 0
for _ in ipairs(big) do c = c + 1 end
print("stops at hole", c)
local m = {}
for i, v in ipairs({10, 20, 30}) do m[#m + 1] = i .. "=" .. v end
print(table.concat(m, ","))
-- modifying the table while iterating
local g = {1, 2, 3}
for i, v in ipairs(g) do
  if i == 1 then g[3] = nil end
  print(i, v)
end
