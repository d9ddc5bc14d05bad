-- lua5.1 limits nested C calls (pcall, metamethods, ...) to 200 (LUAI_MAXCCALLS):
-- beyond that pcall returns "C stack overflow" (error text without position).
local function count(n)
  if n == 0 then return 0 end
  local ok, v = pcall(count, n - 1)
  if not ok then return v end
  if type(v) == "string" then return v end
  return v + 1
end
print(count(150))
print(count(250))
local function viaSort(n)
  if n == 0 then return "bottom" end
  local r
  table.sort({1, 2}, function(a, b) r = r or viaSort(n - 1); return a < b end)
  return r
end
print(viaSort(50))
print(pcall(viaSort, 300))
