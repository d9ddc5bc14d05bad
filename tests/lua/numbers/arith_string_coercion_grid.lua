-- Arithmetic coerces numeric strings (decimal, hex, exponent, whitespace) for every
-- operator; the result is a number; concat turns numbers into %.14g strings.
local ops = {
  {"+", function(a, b) return a + b end}, {"-", function(a, b) return a - b end},
  {"*", function(a, b) return a * b end}, {"/", function(a, b) return a / b end},
  {"%", function(a, b) return a % b end}, {"^", function(a, b) return a ^ b end},
}
local vals = {"3", " 0x10 ", "1e1", "-2", "2.5", 7}
for _, op in ipairs(ops) do
  local row = {}
  for _, a in ipairs(vals) do
    for _, b in ipairs({"2", 3}) do
      local r = op[2](a, b)
      row[#row + 1] = type(r) .. ":" .. r
    end
  end
  print(op[1], table.concat(row, " "))
end
print(-"2", -" 3 ", -"0x10", type(-"1"))
print("10" == 10, "10" + 0 == 10, "abc" < "abd", "10" < "9")
print(1 .. 2, 1.5 .. "", -0.0 .. "", 1e15 .. "", 1e16 .. "", 2^53 .. "", 0.1 .. "")
print(100 .. "", 1e100 .. "", -1e-100 .. "", 123456789012 .. "", 1/3 .. "")
print(math.huge .. "", -math.huge .. "")
print(("5"):rep(2) + 1, #(12 .. 34))
print(pcall(function() return "1" + "a" end))
print(pcall(function() return {} .. "" end))
print(pcall(function() return "x" + 1 end))
print(pcall(function() return 1 + "0x" end))
print(pcall(function() return 1 + "" end))
