-- Chunk names derived from source strings: first line only, "..." when cut or multi-line,
-- lengths around LUA_IDSIZE, "=" and "@" prefixes, and names given explicitly.
local function msg(src, name)
  local f, e = loadstring(src, name)
  if f then
    local ok, err = pcall(f)
    return err
  end
  return e
end
for _, n in ipairs({1, 10, 30, 40, 50, 54, 55, 56, 60, 80, 120}) do
  local src = "error('x')" .. string.rep(" ", n - 10)
  print(n, msg(src))
end
print(msg("\nerror('second line')"))
print(msg("error('a')\nrest"))
print(msg("  error('lead')"))
print(msg("error('x')", "=custom"))
print(msg("error('x')", "@file.lua"))
print(msg("error('x')", "plain name"))
print(msg("error('x')", ""))
print(msg("error('x')", "=" .. string.rep("n", 100)))
print(msg("error('x')", "@" .. string.rep("p", 100)))
print(msg("error('x')", string.rep("s", 100)))
print(msg("x = = 1"))
print(msg("x = = 1", "=named"))
print(msg("local s = [[\nabc"))
print(msg(string.rep("a", 70) .. " = = 1"))
print(msg("\0error"))
print(msg("return 1 +", "@" .. "f.lua"))
print(msg("error('tab\there')"))
