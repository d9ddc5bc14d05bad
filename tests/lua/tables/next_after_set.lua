-- Changing values of existing keys during traversal is allowed and visible.
local t = {a = 1, b = 2, c = 3, 1, 2, 3}
for k, v in pairs(t) do t[k] = v * 10 end
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. v end
table.sort(keys)
print(table.concat(keys, " "))
