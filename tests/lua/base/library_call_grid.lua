-- A deterministic grid of library calls: each picks a base, string, table or
-- math function and up to three arguments (mostly of the expected types, some
-- of any type) with a fixed linear congruential sequence, and prints what
-- pcall returns, so argument checks, coercions and results are compared.
local seed = 2
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648; return math.floor(seed / 65536) % n + 1 end
local pool = {nil, true, false, 0, 1, -1, 2, 3, -3, 0.5, -0.5, 2.5, 1e5, -1e5, 2^20, 2^20 + 1, 1/0, -1/0,
  "", "a", "abc", "hello world", "%d", "%s", "%", "(", ")", "[a-z]+", "%w+", "^h", "o$", "(o)", "%b()", "%f[%w]",
  "10", " 5 ", "0x1f", "1e2", "x", "%5.2f", "%q", "%c", "%-5s", "%%", "a\0b", {}, {1, 2, 3}, {"a", "b"}, print, "%1", "%0"}
local NP = 52
local fnames = {}
for _, lib in ipairs({"string", "table", "math"}) do
  local names = {}
  for k in pairs(_G[lib]) do names[#names + 1] = k end
  table.sort(names)
  for _, k in ipairs(names) do
    if not (lib == "math" and (k == "random" or k == "randomseed")) and not (lib == "string" and k == "dump")
      and not (lib == "string" and k == "rep") and not (lib == "table" and (k == "foreach" or k == "foreachi")) then
      fnames[#fnames + 1] = lib .. "." .. k
    end
  end
end
for _, k in ipairs({"tonumber", "select", "unpack", "type", "rawequal", "rawget", "next", "assert", "error", "ipairs", "pairs"}) do fnames[#fnames + 1] = k end
local function show(v)
  local t = type(v)
  if t == "table" or t == "function" or t == "userdata" or t == "thread" then return t end
  if t == "string" then return string.format("%q", v) end
  return tostring(v)
end
local function get(name)
  local a, b = name:match("^(%w+)%.(%w+)$")
  if a then return _G[a][b] end
  return _G[name]
end
for iter = 1, 700 do
  local name = fnames[rnd(#fnames)]
  local f = get(name)
  local nargs = rnd(4) - 1
  local args, desc = {}, {}
  local strs = {"", "a", "abc", "hello world", "%d", "%s", "x%sy%dz", "[a-z]+", "%w+", "^h", "o$", "(o)", "(l)(l)", "%b()", "%f[%w]", "10", " 5 ", "0x1f", "1e2", "%5.2f", "%q", "%c", "%-5s", "%%", "a\0b", "()", "(a*(.)%w(%s*))", "%a+", ".-", "l+", "[^l]", "%1", "%0", "a(b", "f(x)=(y)"}
  local nums = {0, 1, -1, 2, 3, -3, 0.5, -0.5, 2.5, 1e5, -1e5, 2^20, 2^20 + 1, 1/0, -1/0, 4, 5, 6, 7, 10, 100, 255, -2, "3"}
  local tabs = {{}, {1, 2, 3}, {"a", "b"}, {3, 1, 2}, {"x", "y", "z", "w"}, {1, nil, 3}, {n = 2, 5, 6}}
  local lib = name:match("^(%w+)%.")
  for i = 1, nargs do
    local r = rnd(10)
    if r <= 1 then args[i] = pool[rnd(NP)]
    elseif lib == "table" and i == 1 then args[i] = tabs[rnd(#tabs)]
    elseif lib == "math" or (i >= 2 and r <= 6) then args[i] = nums[rnd(#nums)]
    else args[i] = strs[rnd(#strs)] end
    desc[i] = show(args[i])
  end
  local function fresh(v) if type(v) == "table" and v ~= nil then local c = {} for k, x in pairs(v) do c[k] = x end return c end return v end
  for i = 1, nargs do args[i] = fresh(args[i]) end
  local r = {pcall(f, unpack(args, 1, nargs))}
  local out = {}
  for i = 1, #r do out[i] = show(r[i]) end
  if type(r[2]) == "string" and #r[2] > 200 then out[2] = "long:" .. #r[2] end
  print(iter, name .. "(" .. table.concat(desc, ", ") .. ")", table.concat(out, " "))
end
