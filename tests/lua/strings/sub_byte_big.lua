-- string functions on binary data and all byte values
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
print(#s, s:byte(1), s:byte(256), s:byte(-1))
print(s:sub(66, 70), s:upper():sub(98, 100), s:lower():sub(66, 68))
local cnt = 0
for c in s:gmatch("%a") do cnt = cnt + 1 end
print("alpha", cnt)
for _, cls in ipairs({"%d", "%l", "%u", "%s", "%p", "%c", "%x", "%w", "%z"}) do
  local n = 0
  for _ in s:gmatch(cls) do n = n + 1 end
  io.write(cls, "=", n, " ")
end
print()
print(s:find("%z"), s:find("\255", 1, true), #s:gsub("%W", ""))
print(string.format("%q", s:sub(1, 40)):len())
