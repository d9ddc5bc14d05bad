-- table.maxn, table.getn, table.setn (5.1 compat), table.foreach/foreachi.
print(table.maxn({1, 2, 3}), table.maxn({}), table.maxn({[10] = 1, [2.5] = 2}))
print(table.maxn({[-1] = 1}), table.maxn({a = 1, [3] = 1}))
print(table.getn({1, 2, 3}), table.getn({}))
print(pcall(table.setn, {}, 3))
local t = {"a", "b", "c"}
table.foreachi(t, function(i, v) io.write(i, "=", v, " ") end)
print()
local keys = {}
table.foreach({x = 1, y = 2}, function(k, v) keys[#keys + 1] = k .. v end)
table.sort(keys)
print(table.concat(keys, " "))
print(table.foreachi({1, 2, 3}, function(i, v) if v == 2 then return "stop" .. i end end))
print(unpack == table.unpack)
