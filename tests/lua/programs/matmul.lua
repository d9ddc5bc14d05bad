-- matrix multiply: row tables of doubles, naive and transposed products,
-- trace and checksums; integer matrices, identity and power by squaring.
local function matrix(n, m, f)
  local a = {}
  for i = 1, n do
    local row = {}
    for j = 1, m do row[j] = f(i, j) end
    a[i] = row
  end
  return a
end

local function mul(a, b)
  local n, m, p = #a, #b, #b[1]
  local c = {}
  for i = 1, n do
    local ci, ai = {}, a[i]
    for j = 1, p do
      local s = 0
      for k = 1, m do s = s + ai[k] * b[k][j] end
      ci[j] = s
    end
    c[i] = ci
  end
  return c
end

local function transpose(a)
  return matrix(#a[1], #a, function(i, j) return a[j][i] end)
end

local function multransposed(a, b)
  local bt = transpose(b)
  local c = {}
  for i = 1, #a do
    local ai, ci = a[i], {}
    for j = 1, #bt do
      local bj, s = bt[j], 0
      for k = 1, #ai do s = s + ai[k] * bj[k] end
      ci[j] = s
    end
    c[i] = ci
  end
  return c
end

local n = 60
local tmp = 1 / n / n
local a = matrix(n, n, function(i, j) return tmp * (i - j) * (i + j - 2) end)
local b = matrix(n, n, function(i, j) return tmp * (i - j) * (i + j - 2) end)
local c = mul(a, b)
local d = multransposed(a, b)
local trace, sum, same = 0, 0, true
for i = 1, n do
  trace = trace + c[i][i]
  for j = 1, n do
    sum = sum + c[i][j]
    if c[i][j] ~= d[i][j] then same = false end
  end
end
print(c[n / 2 + 1][n / 2 + 1], trace, sum, same)
print(string.format("%.10f %.3e", c[1][n], c[n][1]))

-- integer matrices: Fibonacci by powering [[1,1],[1,0]]
local function power(m, e)
  local size = #m
  local r = matrix(size, size, function(i, j) return i == j and 1 or 0 end)
  while e > 0 do
    if e % 2 == 1 then r = mul(r, m) end
    m = mul(m, m)
    e = math.floor(e / 2)
  end
  return r
end
local fib = { { 1, 1 }, { 1, 0 } }
for _, e in ipairs({ 1, 2, 10, 30, 50, 78, 79, 90 }) do
  local p = power(fib, e)
  print(e, p[1][2], string.format("%.0f", p[1][2]))
end

-- a rectangular product and its printout
local r = mul(matrix(3, 4, function(i, j) return i + j / 10 end), matrix(4, 2, function(i, j) return (i - j) / 4 end))
for i = 1, #r do print(table.concat(r[i], " ")) end
