-- Compiler limits in lua5.1: locals, upvalues, C levels, and constructor items.
local function check(src, name)
  local f, err = loadstring(src, name)
  print(f and "ok" or err)
end
local function locals(n)
  local t = {}
  for i = 1, n do t[i] = "local v" .. i .. " = " .. i end
  return table.concat(t, "\n")
end
check(locals(199))
check(locals(200))
check(locals(201))
local function names(n)
  local t = {}
  for i = 1, n do t[i] = "a" .. i end
  return "local " .. table.concat(t, ", ")
end
check(names(200))
check(names(201))
local function ups(n)
  local decl, use = {}, {}
  for i = 1, n do
    decl[#decl + 1] = "local u" .. i .. " = " .. i
    use[#use + 1] = "u" .. i
  end
  return "local function outer()\n" .. table.concat(decl, "\n") ..
    "\nreturn function() return " .. table.concat(use, " + ") .. " end end"
end
check(ups(60))
check(ups(61))
