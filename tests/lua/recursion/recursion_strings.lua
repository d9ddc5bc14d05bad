-- Recursive string building and a recursive descent evaluator.
local function hanoi(n, a, b, c, out)
  if n == 0 then return end
  hanoi(n - 1, a, c, b, out)
  out[#out + 1] = a .. c
  hanoi(n - 1, b, a, c, out)
end
local moves = {}
hanoi(4, "A", "B", "C", moves)
print(#moves, table.concat(moves, " "))
local function eval(s)
  local pos = 1
  local expr
  local function peek() return s:sub(pos, pos) end
  local function atom()
    if peek() == "(" then pos = pos + 1; local v = expr(); pos = pos + 1; return v end
    local num = s:match("^%d+", pos)
    pos = pos + #num
    return tonumber(num)
  end
  local function term()
    local v = atom()
    while peek() == "*" do pos = pos + 1; v = v * atom() end
    return v
  end
  function expr()
    local v = term()
    while peek() == "+" or peek() == "-" do
      local op = peek(); pos = pos + 1
      if op == "+" then v = v + term() else v = v - term() end
    end
    return v
  end
  return expr()
end
print(eval("2*(3+4)-5*(1+1)"), eval("((((7))))"), eval("1+2*3*4-5"))
