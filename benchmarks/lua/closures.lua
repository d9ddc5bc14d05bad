-- closures: creates and calls many closures: counters with private
-- upvalues, pairs of closures sharing one upvalue, closures capturing a fresh
-- loop variable per iteration, upvalues of upvalues three levels deep, and
-- higher-order map/filter/fold over arrays.
-- Measures: closure allocation, upvalue reads and writes (open and closed),
-- calls of function values, varargs-free higher-order calls.
-- One iteration performs about 3 million closure calls.
local N = tonumber(arg and arg[1]) or 30

local function make_counter(start, step)
  local count = start
  return function()
    count = count + step
    return count
  end
end

-- Two closures over one shared variable.
local function make_account(balance)
  local function deposit(x)
    balance = balance + x
  end
  local function take(x)
    if x > balance then
      return false
    end
    balance = balance - x
    return true
  end
  local function get()
    return balance
  end
  return deposit, take, get
end

-- Three levels of nesting: the innermost closure reads and writes upvalues
-- of both enclosing functions.
local function make_nested(a)
  local calls = 0
  return function(b)
    return function(c)
      calls = calls + 1
      a = a + 1
      return a + b + c + calls
    end
  end
end

local function map(f, xs)
  local out = {}
  for i = 1, #xs do
    out[i] = f(xs[i])
  end
  return out
end

local function filter(p, xs)
  local out, n = {}, 0
  for i = 1, #xs do
    local x = xs[i]
    if p(x) then
      n = n + 1
      out[n] = x
    end
  end
  return out
end

local function fold(f, acc, xs)
  for i = 1, #xs do
    acc = f(acc, xs[i])
  end
  return acc
end

local function add(x, y)
  return x + y
end

local function iteration()
  local total = 0

  -- 100000 counters, each called 10 times.
  for i = 1, 100000 do
    local next = make_counter(i, i % 3 + 1)
    local v
    for _ = 1, 10 do
      v = next()
    end
    total = total + v
  end

  -- Shared upvalues.
  local deposit, take, get = make_account(100)
  local refused = 0
  for i = 1, 300000 do
    deposit(i % 10)
    if not take(i % 13) then
      refused = refused + 1
    end
  end
  total = total + get() + refused

  -- A fresh loop variable per closure.
  local adders = {}
  for i = 1, 1000 do
    adders[i] = function(x)
      return x + i
    end
  end
  for round = 1, 500 do
    local sum = 0
    for i = 1, #adders do
      sum = sum + adders[i](round)
    end
    total = total + sum
  end

  -- Nested upvalues.
  for i = 1, 1000 do
    local outer = make_nested(i)
    for j = 1, 20 do
      local inner = outer(j)
      for k = 1, 20 do
        total = total + inner(k)
      end
    end
  end

  -- Higher-order functions with fresh lambdas.
  local xs = {}
  for i = 1, 1000 do
    xs[i] = i
  end
  for round = 1, 200 do
    local scaled = map(function(x)
      return x * round
    end, xs)
    local odd = filter(function(x)
      return x % 2 == 1
    end, scaled)
    total = total + fold(add, 0, odd)
  end

  if total ~= 8246590377 then
    error("closures: total " .. total)
  end
  return total
end

---------------------------------------------------------------------------
-- Harness, the same in every benchmark: N timed iterations, each checked by
-- the benchmark itself; every iteration must give the same checksum.
local function format_checksum(c)
  if type(c) == "number" then
    if c == math.floor(c) and c > -2^53 and c < 2^53 then
      return string.format("%d", c)
    end
    return string.format("%.6f", c)
  end
  return tostring(c)
end

local checksum
for i = 1, N do
  local t0 = os.clock()
  local c = iteration()
  local t1 = os.clock()
  c = format_checksum(c)
  if checksum ~= nil and c ~= checksum then
    error("iteration " .. i .. " gave checksum " .. c .. ", expected " .. checksum)
  end
  checksum = c
  io.write(string.format("iteration %d %.6f\n", i, t1 - t0))
end
io.write("result ", checksum or "none", "\n")
