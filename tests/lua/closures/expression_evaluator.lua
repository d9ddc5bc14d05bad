-- A recursive-descent calculator: tokenizer via gmatch, precedence climbing, variables in an
-- environment table, errors with pcall and custom messages; results printed with %.14g.
local function tokenize(src)
  local toks, pos = {}, 1
  while pos <= #src do
    local s, e = src:find("^%s+", pos)
    if s then pos = e + 1 else
      local num = src:match("^%d+%.?%d*", pos)
      local name = src:match("^[%a_][%w_]*", pos)
      if num then toks[#toks + 1] = {"num", tonumber(num)}; pos = pos + #num
      elseif name then toks[#toks + 1] = {"name", name}; pos = pos + #name
      else toks[#toks + 1] = {"op", src:sub(pos, pos)}; pos = pos + 1 end
    end
  end
  return toks
end
local prec = {["+"] = 1, ["-"] = 1, ["*"] = 2, ["/"] = 2, ["%"] = 2, ["^"] = 3}
local function evaluate(src, env)
  local toks, i = tokenize(src), 1
  local function peek() return toks[i] end
  local function take() i = i + 1; return toks[i - 1] end
  local expr
  local function primary()
    local t = take()
    if not t then error("unexpected end", 0) end
    if t[1] == "num" then return t[2] end
    if t[1] == "name" then
      if peek() and peek()[2] == "(" then
        take()
        local arg = expr(1)
        if not (take() or {})[2] == ")" then error("missing )", 0) end
        local f = math[t[2]] or error("unknown function " .. t[2], 0)
        return f(arg)
      end
      local v = env[t[2]]
      if v == nil then error("undefined " .. t[2], 0) end
      return v
    end
    if t[2] == "(" then
      local v = expr(1)
      local close = take()
      if not close or close[2] ~= ")" then error("missing )", 0) end
      return v
    end
    if t[2] == "-" then return -expr(3) end
    error("unexpected " .. tostring(t[2]), 0)
  end
  function expr(min)
    local lhs = primary()
    while true do
      local t = peek()
      local p = t and t[1] == "op" and prec[t[2]]
      if not p or p < min then return lhs end
      take()
      local rhs = expr(t[2] == "^" and p or p + 1)
      if t[2] == "+" then lhs = lhs + rhs elseif t[2] == "-" then lhs = lhs - rhs
      elseif t[2] == "*" then lhs = lhs * rhs elseif t[2] == "/" then lhs = lhs / rhs
      elseif t[2] == "%" then lhs = lhs % rhs else lhs = lhs ^ rhs end
    end
  end
  local v = expr(1)
  if peek() then error("trailing " .. tostring(peek()[2]), 0) end
  return v
end
local env = {x = 3, y = 4, pi = math.pi}
for _, src in ipairs({"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "x * x + y * y", "sqrt(x*x + y*y)",
  "10 / 4", "10 % 4", "-7 % 3", "1 / 0", "floor(pi * 100) / 100", "2 * (3", "z + 1", "1 +", "3 3", "abs(-5) + max(1)"}) do
  local ok, v = pcall(evaluate, src, env)
  print(string.format("%-22s %s %s", src, tostring(ok), ok and string.format("%.14g", v) or v))
end
