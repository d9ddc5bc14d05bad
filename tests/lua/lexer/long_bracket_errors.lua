-- Long bracket oddities: [= without a second [ , unfinished long strings/comments.
local function check(src)
  local f, err = loadstring(src)
  print(f and "ok" or err)
end
local srcs = {
  "return [=x]=]",
  "return [==[abc]=]",
  "x = [[abc",
  "--[[ never closed",
  "return [[ a [[ b ]] ]]",
  "--[[ a [[ b ]]",
  "return [=[ a [[ b ]] ]=]",
  "return [",
}
for _, src in ipairs(srcs) do
  check(src)
end
