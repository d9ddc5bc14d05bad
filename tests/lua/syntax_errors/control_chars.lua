-- Control characters and odd bytes in the source are shown as char(N) in messages.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
check("x = \1")
check("x = 1 \127")
check("\0")
check("x = \200")
check("x = 1\n\t\t\5")
check("return \"a\0b\"")
