-- Parser nesting limits of lua5.1 (LUAI_MAXCCALLS = 200): deep parentheses,
-- deep blocks, long chains of binary operators and deep table constructors.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
local function parens(n) return "x = " .. string.rep("(", n) .. "1" .. string.rep(")", n) end
check(parens(50))
check(parens(190))
check(parens(300))
local function blocks(n) return string.rep("do ", n) .. string.rep("end ", n) end
check(blocks(50))
check(blocks(300))
local function tables(n) return "x = " .. string.rep("{", n) .. string.rep("}", n) end
check(tables(50))
check(tables(300))
check("x = 1" .. string.rep(" + 1", 1000))
check("x = 'a'" .. string.rep(" .. 'a'", 150))
check("x = 1" .. string.rep(" ^ 1", 150))
check("x = 1" .. string.rep(" .. 1", 250))
