-- A function that returns one value, seen by every kind of caller: call
-- expressions in one-value and all-values positions, generic for, coroutines,
-- pcall/xpcall, metamethods, callbacks of builtins, and tail calls.
local function one(x) return x end
local function none() end
local function two(x) return x, x end
local function tail(x) return one(x) end

print(one(1), one(nil), (one(2)), one(3), one(4))
print(select('#', one(nil)), select('#', none()), select('#', two(1)), select('#', tail(5)))
local t = {one(1), one(2), one(3)}
print(#t, t[1], t[2], t[3])
local a, b, c = one(7)
print(a, b, c)
print(string.format("%d %s", one(3), one("x")))
print(tail(8), (tail(9)))

-- generic for with iterators that return one value
local function upto(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end
end
for i, extra in upto(3) do io.write(i, " ", tostring(extra), "; ") end
print()
for k in next, {10, 20} do io.write(k, " ") end
print()

-- coroutines: a body that ends with one value, a wrap
local co = coroutine.create(function(x) local y = coroutine.yield(x + 1) return y * 2 end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, 10))
print(coroutine.resume(co))
local gen = coroutine.wrap(function() coroutine.yield(1) return "last" end)
print(gen(), gen())

-- protected calls
print(pcall(one, "p"))
print(pcall(tail, "q"))
print(xpcall(function() return "r" end, print))
print(xpcall(function() error("boom", 0) end, function(m) return "handled " .. m end))

-- metamethods and builtin callbacks
local mt = {
  __index = function(_, k) return k .. "!" end,
  __add = function(x, y) return 42 end,
  __call = function(self, v) return v * 3 end,
  __tostring = function() return "obj" end,
  __concat = function() return "cat" end,
  __eq = function() return true end,
  __lt = function() return false end,
  __len = function() return 5 end,
}
local o = setmetatable({}, mt)
print(o.key, o + 1, o(4), tostring(o), o .. "s", o == setmetatable({}, mt), o < o)
local s = {5, 1, 4, 2, 3}
table.sort(s, function(x, y) return x > y end)
print(table.concat(s, " "))
print((string.gsub("abc", "%w", function(ch) return ch:upper() end)))
print(string.gsub("abc", "b", function() end))
print(select(2, pcall(error, setmetatable({}, mt))))
print(loadstring("return 99")())
print(loadstring("local x = ... return x")(12))
