-- %q output is valid Lua that reproduces the string, for many byte values.
local src = {}
for i = 0, 255, 7 do src[#src + 1] = string.char(i) end
src = table.concat(src) .. "\n\r\\\"'"
local quoted = string.format("%q", src)
local back = loadstring("return " .. quoted)()
print(back == src, #src)
print(#quoted)
