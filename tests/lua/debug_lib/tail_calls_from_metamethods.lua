-- getinfo levels seen from a function that metamethods, library callbacks, pcall and coroutines
-- reach through a tail call: "(tail call)" then the Lua code or builtin that called them.
local function who()
  local out = {}
  for lvl = 2, 3 do
    local i = debug.getinfo(lvl, "nSl") or {what = "none", namewhat = "", short_src = "", currentline = 0}
    out[#out + 1] = lvl .. ":" .. tostring(i.name) .. "/" .. i.namewhat .. "/" .. i.what .. "/" .. i.short_src .. "/" .. i.currentline
  end
  return table.concat(out, "  ")
end
local mt = {__add = function() return who() end, __index = function() return who() end, __call = function() return who() end,
  __concat = function() return who() end, __eq = function() return who() end, __lt = function() return who() end,
  __unm = function() return who() end, __newindex = function(t, k, v) rawset(t, "res", who()) end,
  __tostring = function() return who() end, __le = function() return who() end}
local o, o2 = setmetatable({}, mt), setmetatable({}, mt)
print(o + 1)
print(o.x)
print(o())
print(o .. "s")
print(pcall(function() return o == o2 end))
print(pcall(function() return o < o2 end))
print(-o)
o.k = 1
print(rawget(o, "res"))
print(tostring(o))
print(select(2, pcall(function() return o <= o2 end)))
local function f() return who() end
print(f())
print(string.gsub("a", "a", function() return who() end))
print(pcall(who))
local ok, r = pcall(table.sort, {2, 1}, function(a, b) print(who()); return a < b end)
print(select(2, coroutine.resume(coroutine.create(function() return who() end))))
print(coroutine.wrap(function() return who() end)())
