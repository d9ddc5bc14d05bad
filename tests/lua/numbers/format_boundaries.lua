-- %.14g boundaries: 14 significant digits, switch to exponent at 1e14/1e-5.
local vals = {99999999999999, 999999999999999, 100000000000000, 0.0001, 0.00001,
  123456789012.3456, 0.1 + 0.7, 1 - 1e-14, 1 + 1e-13, 2.5e-5, 314159265358979e-14}
for _, v in ipairs(vals) do print(v) end
