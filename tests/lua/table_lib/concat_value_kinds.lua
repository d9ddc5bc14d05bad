-- table.concat: numbers formatted with %.14g, separators that are numbers,
-- ranges given as strings and floats, every invalid value kind with its index,
-- and __index/__len being ignored.
print(table.concat({1, 2.5, 1e15, 1e16, 1/3, -7}, " "))
print(table.concat({"a", "b", "c"}, 1.5))
print(table.concat({"a", "b", "c"}, "", "2", "3"), table.concat({"a", "b", "c"}, "-", 1.9, 2.9))
print(table.concat({[0] = "z", "a"}, ",", 0, 1), table.concat({[-1] = "m", [0] = "z"}, ",", -1, 0))
local kinds = {{}, true, false, print, coroutine.create(function() end), newproxy()}
for i, v in ipairs(kinds) do
  print(pcall(table.concat, {"ok", v}))
end
print(pcall(table.concat, {"a", "b"}, ",", 1, 3))
print(pcall(table.concat, {"a", nil, "c"}, ",", 1, 3))
print(pcall(table.concat, {}, ",", 1, 1))
print(pcall(table.concat, {}, ",", 5, 5))
print(pcall(table.concat, {"a"}, {}))
print(pcall(table.concat, {"a"}, ",", "x"))
print(pcall(table.concat, {"a"}, ",", 1, {}))
print(pcall(table.concat, {"a"}, nil))
print(pcall(table.concat, nil))
print(pcall(table.concat, "abc"))
local proxy = setmetatable({}, {__index = function(_, i) return "v" .. i end, __len = function() return 3 end})
print(table.concat(proxy) == "", pcall(table.concat, proxy, ",", 1, 2))
local long = {}
for i = 1, 1000 do long[i] = i % 10 end
local s = table.concat(long)
print(#s, s:sub(1, 12), s:sub(-3))
print(table.concat({"x"}, ",", 1, 0) == "", table.concat({"x", "y"}, ",", 2, 1) == "")
print(pcall(function() return table.concat({1, {}, 3}, ", ") end))
