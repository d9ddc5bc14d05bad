-- tonumber at the edges: overflow to inf, underflow to 0, denormals, huge
-- digit strings, strtoul wrap-around for bases other than 10 with '-' and
-- overflow, and strings that are not quite numbers.
print(5e-324, 2^-1074, 2.2250738585072014e-308, 1.7976931348623157e308)
print(tonumber("1e308"), tonumber("1e309"), tonumber("-1e309"), tonumber("1e-400"))
print(tonumber("1" .. ("0"):rep(400)), tonumber("0." .. ("0"):rep(400) .. "1"))
print(tonumber("-10", 16), tonumber("-", 16), tonumber("-1", 2), tonumber("-z", 36))
print(tonumber("99999999999999999999", 10), tonumber("99999999999999999999", 16))
print(tonumber("ffffffffffffffff", 16), tonumber("10000000000000000", 16))
print(tonumber(" -0x10 "), tonumber("0x-10"), tonumber("1e-2", 10), tonumber("1E2"), tonumber("0x1e2"))
print(tonumber("  "), tonumber(" 0x "), tonumber("0x 1"), tonumber("1 e2"), tonumber("1e 2"))
print(tonumber(".e1"), tonumber("."), tonumber("-."), tonumber("1..2"), tonumber("0x1.8"))
print(tonumber("1e+2"), tonumber("1e-0"), tonumber("-.5"), tonumber("+.5"), tonumber("00012"))
print(2^53 + 1, 2^63, -2^63, 2^64, 1e15 + 0.5, 123456789012345678)
print(tonumber("9007199254740993"), tonumber("0x20000000000001"), tonumber("1e16") == 10^16)
