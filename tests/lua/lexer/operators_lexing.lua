-- Multi-character operators and their tokenization: .. ... == ~= <= >= and spacing.
print(1 .. 2)
print(1 ..2)
print("a".."b".."c")
print(1 == 1, 1 ~= 2, 1 <= 2, 2 >= 1, 1 < 2, 2 > 1)
print(2^3^2, -2^2, (-2)^2)
print(not nil == true)
print(#"abc" + 1)
print(1+-1, 1- -1, 1 - - - 1)
local t = {n = 1}
print(t.n, t ["n"], t. n)
print(10 % 3, -10 % 3, 10 % -3)
print(7 / 2, 2 * 3 + 4, 2 * (3 + 4))
print("10" + 1, "3" * "4", 10 .. "")
