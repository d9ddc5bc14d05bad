-- Yields inside every kind of expression and statement, each shape run often enough to be
-- compiled: the values before the yield are kept, the code after it runs once, in order.
local yield = coroutine.yield

local function run(name, f, rounds)
  local sum = 0
  for round = 1, rounds do
    local co = coroutine.create(f)
    local ok, v = coroutine.resume(co, round)
    local n = 0
    while coroutine.status(co) ~= "dead" do
      assert(ok, v)
      n = n + 1
      assert(n < 100, "too many yields")
      ok, v = coroutine.resume(co, n % 5 * 10 + 10)
    end
    assert(ok, v)
    if round == rounds then
      print(name, n, type(v) == "table" and table.concat(v, ",") or v)
    end
    sum = sum + (type(v) == "number" and v or 0)
  end
  print(name, "sum", sum)
end

local R = 1000
local mt = {x = 5}
function mt:m(a, b) return (self.x or 0) + a + b end

run("binary", function(a) return a + yield(1) * (yield(2) - a) end, R)
run("compare", function(a) return (yield(1) < a + yield(2)) and 1 or 0 end, R)
run("concat", function(a) return #(a .. "-" .. yield(1) .. "-" .. yield(2) .. "-" .. a) end, R)
run("and-or", function(a) return (yield(1) and yield(2)) or yield(3) end, R)
run("not-or", function(a) return (not yield(1)) or (a + yield(2)) end, R)
run("unary", function(a) return -yield(1) + #tostring(yield(2)) end, R)
run("index", function(a) local k = {10, 20, 30}; return k[yield(1) / 10] + ({a})[1] end, R)
run("call args", function(a)
  return select("#", a, yield(1), a, yield(2), yield(3)) + math.max(yield(4), a)
end, R)
run("method", function(a)
  local o = setmetatable({x = a}, {__index = mt})
  return o:m(yield(1), a) + (yield(2) and o or o):m(1, yield(3))
end, R)
run("multi args", function(a)
  local function pack(...) return select("#", ...), ... end
  return (pack(a, yield(1), yield(2)))
end, R)
run("table ctor", function(a)
  local k = "k"
  local r = {a, yield(1), [k .. yield(2)] = yield(3), [yield(4)] = a, n = yield(5)}
  return #r + (r.k20 or 0) + (r[40] or 0) + r.n
end, R)
run("table multi", function(a) local r = {a, yield(1), yield(2)}; return #r * 100 + r[3] end, R)
run("assign", function(a)
  local x, y = yield(1), a
  local t = {}
  t[yield(2)], t.z = yield(3), x
  local s = 0
  for k, v in pairs(t) do s = s + v * (type(k) == "number" and k or 1) end
  return x + y + s
end, R)
run("local multi", function(a)
  local function two() return yield(1), yield(2) end
  local x, y, z = a, two()
  return x + y + z
end, R)
run("if", function(a)
  local r = 0
  if yield(1) > 5 then r = yield(2) elseif a then r = -1 end
  if yield(3) < 0 then r = r + 1 else r = r + yield(4) end
  return r
end, R)
run("while", function(a)
  local i, s = 0, 0
  while i < yield(1) / 10 do i = i + 1; s = s + yield(2) end
  return s
end, 300)
run("repeat", function(a)
  local i, s = 0, 0
  repeat i = i + 1; s = s + yield(i) until yield(0) >= 50
  return s + i
end, 300)
run("numeric for", function(a)
  local s = 0
  for i = yield(1) / 10, yield(2) / 10, yield(3) / 30 do s = s + i * yield(i) end
  return s
end, 300)
run("generic for", function(a)
  local s = 0
  for k, v in ipairs({yield(1), yield(2), a}) do s = s + k * v; yield(k) end
  return s
end, 300)
run("nested calls", function(a)
  local function inner(x) return x + yield(x) end
  local function middle(x) local y = inner(x) * 2; return y + inner(y) end
  return middle(a) + middle(1)
end, R)
run("tail calls", function(a)
  local function last(x) return yield(x) + x end
  local function mid(x) return last(x + 1) end
  return mid(a)
end, R)
run("varargs", function(...)
  local n = select("#", ...)
  local function f(...) return ... end
  return n + f(yield(...), ...)
end, R)
run("return list", function(a) return a, yield(1), yield(2) end, R)
run("closure", function(a)
  local c = 0
  local function bump() c = c + yield(c) end
  bump(); bump()
  return c
end, R)
run("pcall", function(a)
  local ok, e = pcall(error, "x")
  local v = yield(1)
  return (ok and 1 or 2) + v
end, R)
local wrapped = 0
for round = 1, R do
  local g = coroutine.wrap(function(a) for i = 1, 3 do a = a + yield(i) end return a end)
  wrapped = wrapped + g(round) + g(1) + g(2) + g(3)
end
print("wrap", wrapped)
