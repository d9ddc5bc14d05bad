-- tonumber with every base 2..36: digits of both cases, the largest digit,
-- invalid digits, spaces, signs, empty strings, numbers as first argument,
-- and bases out of range.
for base = 2, 36 do
  local maxd = base - 1
  local dig = maxd < 10 and tostring(maxd) or string.char(87 + maxd)
  print(base, tonumber("10", base), tonumber(dig, base), tonumber(dig:upper() .. dig, base),
    tonumber("11", base), tonumber("z", base), tonumber(" 1 ", base), tonumber("", base))
end
print(tonumber("1111111111111111111111111111111", 2))
print(tonumber("11111111111111111111111111111111", 2))
print(tonumber("ffffffff", 16), tonumber("FFFFFFFFFF", 16), tonumber("7fffffffffffffff", 16))
print(tonumber("zzzzzz", 36), tonumber("ZZZZZZ", 36), tonumber("Lua", 36))
print(tonumber("12", 3), tonumber("123", 3), tonumber("0x10", 16), tonumber("10.5", 16))
print(tonumber("+10", 2), tonumber(" \t\n10\n", 2), tonumber("1 0", 2), tonumber("10", 10.0))
print(tonumber(10, 16), tonumber(255, 16), tonumber(1.5, 10), tonumber(17, 8))
print(pcall(tonumber, "10", 1))
print(pcall(tonumber, "10", 0))
print(pcall(tonumber, "10", 37))
print(pcall(tonumber, "10", -2))
print(pcall(tonumber, "10", 99))
print(pcall(tonumber, "10", "x"))
print(pcall(tonumber, nil, 16))
print(pcall(tonumber, {}, 16))
print(pcall(tonumber, true, 2))
print(tonumber("10", "16"), tonumber("10", 16.9), tonumber("10", 2.2))
print(pcall(tonumber, "10", 36.9), pcall(tonumber, "10", 1.5))
print(tonumber("1e1", 10), tonumber("1e1", 16), tonumber("0x", 16), tonumber("0x", 10))
