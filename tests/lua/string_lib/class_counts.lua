-- How many of the 256 byte values each character class matches (C locale),
-- its complement, and inside sets; 5.1 has %z and no %g (a literal 'g').
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  local n, N, inset = 0, 0, 0
  for i = 0, 255 do
    local ch = string.char(i)
    if ch:match("%" .. c) then n = n + 1 end
    if ch:match("%" .. c:upper()) then N = N + 1 end
    if ch:match("[_%" .. c .. "]") then inset = inset + 1 end
  end
  print(c, n, N, inset)
end
print(("gG1"):find("%g"), ("a.b"):match("%G"), ("x"):match("%Z"), ("%"):match("%%"))
print(("\200\233\255"):match("%a"), ("\200\233\255"):match("%W+") == "\200\233\255", ("caf\233"):upper() == "CAF\233")
print(("é"):len(), ("é"):byte(1, -1))
print(("héllo"):upper(), ("HÉLLO"):lower(), ("héllo"):reverse():reverse() == "héllo")
print(("x\tx\nx\rx\vx\fx x"):gsub("%s", "_"))
print(("a1_B2-"):gsub("%w", "."), ("a1_B2-"):gsub("[%w_]", "."), ("a1_B2-"):gsub("%p", "P"))
