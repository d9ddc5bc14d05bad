-- Hex strings in arithmetic, comparisons of converted values, and invalid hex.
print("0x10" + "0x10", "0xA" * 1, " 0x1 " + 0)
print(pcall(function() return "0x" + 1 end))
print(pcall(function() return "0xG" + 1 end))
print(tonumber("0x10") == 16, "0x10" == 16)
print(0xff == 255, 0XFF == 255)
