-- What the lexer accepts as one numeral: trailing letters make it malformed.
local srcs = {"return 1e", "return 1e+", "return 3.4.5", "return 0x", "return 12abc",
  "return 1..2", "return 1 .. 2", "return 0xfg", "return 5_0", "return .e1", "return 1e1.5",
  "return 08", "return 1.e2", "return 0X1F"}
for _, src in ipairs(srcs) do
  local f, err = loadstring(src)
  if f then print(src, "->", f()) else print(src, "->", err) end
end
